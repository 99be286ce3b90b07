import type { Reading } from './reading.js';
import { zhNumber } from './zh-numbers.js';

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six'];
const NONE = /都不是|都不对|都不行|都不合适|都没有|都不太|都不像|哪个都不|一个都不|不是这些|没有合适|其他时间|别的时间|换个时间|另外的时间|其他的?情况|以上都不|都不方便|\b(neither|none|nothing (here|fits)|not (any|one) of (these|them|those)|another (time|day)|other time|different time)\b/i;
const LAST = /最后一个|最后那个|\b(the )?last( one)?\b/i;

/** "2", "选2", "第二个", "2号", "option 2", "the second one", "#2" → index from 0. */
function byNumber(lower: string, count: number): number | undefined {
  const bare = lower.replace(/[\s。.!！~、,，)）]+$/g, '').trim();
  const digit = bare.match(/^(?:选|要|就|第|option|number|no\.?|#)?\s*(\d)(?:\s*(?:个|号|项|吧|的|呀|啊|这个|那个|option))?$/);
  const zh = lower.match(/第\s*([一二三四五六两\d])\s*(个|项|种|条|号)?/) ?? bare.match(/^(?:选|要|就)?\s*([一二三四五六两])\s*(个|项|吧|号)?$/);
  const en = lower.match(/\b(first|second|third|fourth|fifth|sixth)\b/) ?? lower.match(/\b(?:option|number|choice|no\.?)\s*(\d|one|two|three|four|five|six)\b/) ?? bare.match(/^(one|two|three|four|five|six)$/);
  const pick = digit?.[1] ?? zh?.[1] ?? en?.[1];
  let n: number | undefined;
  if (pick === undefined) {
    const embedded = lower.match(/(?:^|[^\d:：.])([1-9])(?:\s*(?:个|号|项|吧))?(?:$|[^\d:：.号日月点])/);
    n = embedded && !/\d{2}|[:：]/.test(lower) ? Number(embedded[1]) : undefined;
  } else if (/^\d$/.test(pick)) n = Number(pick);
  else if (EN_ORDINALS.includes(pick)) n = EN_ORDINALS.indexOf(pick) + 1;
  else if (EN_NUMBERS.includes(pick)) n = EN_NUMBERS.indexOf(pick) + 1;
  else n = zhNumber(pick);
  if (n === undefined && LAST.test(lower)) n = count;
  return n !== undefined && n >= 1 && n <= count ? n - 1 : undefined;
}

const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** Comparable features of a text: Han bigrams, Latin words, day numbers, weekdays and periods. */
function features(lower: string): Set<string> {
  const out = new Set<string>();
  const han = lower.replace(/[^\p{Script=Han}]/gu, '');
  for (let i = 0; i + 1 < han.length; i += 1) out.add(han.slice(i, i + 2));
  for (const word of lower.match(/[a-z]{3,}/g) ?? []) out.add(word.slice(0, 3) === word ? word : word.slice(0, 4));
  for (const day of lower.match(/\d{1,2}(?=\s*[日号]|(st|nd|rd|th)\b)/g) ?? []) out.add(`d${Number(day)}`);
  for (const day of lower.match(/(?:^|\D)(\d{1,2})(?=\s+[a-z]{3})/g) ?? []) out.add(`d${Number(day.replace(/\D/g, ''))}`);
  const zhDay = lower.match(/(?:周|星期|礼拜)([日天一二三四五六])/);
  if (zhDay) out.add(`w${WEEKDAYS_ZH.indexOf(zhDay[1] === '天' ? '日' : zhDay[1])}`);
  const enDay = WEEKDAYS_EN.findIndex((d) => new RegExp(`\\b${d}`).test(lower));
  if (enDay >= 0) out.add(`w${enDay}`);
  if (/上午|早上|早|morning|\bam\b/.test(lower)) out.add('p:morning');
  if (/下午|afternoon|\bpm\b/.test(lower)) out.add('p:afternoon');
  if (/晚上|evening|night/.test(lower)) out.add('p:evening');
  return out;
}

/** The option the reply names by its words, when exactly one shares the most features with it. */
function byWords(lower: string, options: readonly string[]): number | undefined {
  const wanted = features(lower);
  if (!wanted.size) return undefined;
  const scores = options.map((option) => {
    const have = features(option.toLowerCase());
    let score = 0;
    for (const f of wanted) if (have.has(f)) score += f.startsWith('p:') || f.startsWith('w') || f.startsWith('d') ? 2 : 1;
    // A period or weekday the option does not have rules it out ("周四下午" is not "周四上午").
    for (const f of wanted) if ((f.startsWith('p:') || f.startsWith('w')) && !have.has(f) && [...have].some((h) => h.slice(0, 2) === f.slice(0, 2))) score -= 3;
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0 || scores.filter((s) => s === best).length > 1) return undefined;
  return scores.indexOf(best);
}

/** A numbered or worded choice among `options`; `none` for "none of these"; undefined otherwise. */
export function readChoice(lower: string, options: readonly string[]): Reading | undefined {
  const index = byNumber(lower, options.length);
  if (index !== undefined) {
    // "3. 都不是" may itself be the "none" option: picking it by number is still a choice of it.
    return { kind: 'choice', index };
  }
  if (NONE.test(lower)) return { kind: 'none' };
  const named = byWords(lower, options);
  return named === undefined ? undefined : { kind: 'choice', index: named };
}
