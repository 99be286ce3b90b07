import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';

const FIELD = 'model' as const;
const NOT_VISIBLE = /看不到|看不清|找不到|没找到|磨掉了|掉了|没有铭牌|不见了|模糊|\b(can'?t (find|see|read)|worn off|no label|faded)\b/i;

/**
 * A model number: the longest token with letters and digits (dashes, slashes and dots inside),
 * found by splitting, not by a backtracking pattern (the old one took 11 s on 2,000 letters).
 */
export function readModel(text: string): Reading | undefined {
  const tokens = text.split(/[^A-Za-z0-9\-/.+]+/).map((t) => t.replace(/^[-/.+]+|[-/.+]+$/g, '')).filter(Boolean);
  // "XQG100 - D3" and "KFR 35GW" are one model written with spaces: join a letters-only head to its digits.
  const joined: string[] = [];
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    if (previous && /^[A-Za-z]{2,5}$/.test(previous) && /^\d/.test(token) && !/^\d+$/.test(previous)) joined[joined.length - 1] = `${previous}${token}`;
    else if (previous && /[A-Za-z].*\d|\d.*[A-Za-z]/.test(previous) && /^-?[A-Za-z0-9]{1,6}$/.test(token) && /-$|^-/.test(token)) joined[joined.length - 1] = `${previous}${token}`;
    else joined.push(token);
  }
  const candidates = joined.filter((t) => t.length >= 3 && t.length <= 30 && /[A-Za-z]/.test(t) && /\d/.test(t));
  if (candidates.length) {
    const best = candidates.reduce((a, b) => (b.length > a.length ? b : a));
    return { kind: 'value', field: FIELD, value: best.toUpperCase() };
  }
  if (saysDontKnow(text.toLowerCase()) || NOT_VISIBLE.test(text)) return { kind: 'dont_know' };
  return undefined;
}
