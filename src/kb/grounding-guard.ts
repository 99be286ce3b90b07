import type { Language } from '../language.js';
import { MAX_STEP_CHARS } from './article-schema.js';
import { factsIn, warningsIn } from './fact-terms.js';

export type GroundingVerdict =
  | { ok: true }
  | { ok: false; reason: 'empty' | 'too-long' | 'wrong-language' | 'adds-facts' | 'drops-warning'; added?: string[]; dropped?: string[] };

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/*
 * The phrasing may run a little longer than the step (a friendlier sentence), but not so long that
 * it can carry new instructions the fact check cannot see.
 */
function lengthLimit(source: string, language: Language): number {
  return Math.min(MAX_STEP_CHARS[language], Math.max(source.length * 2, source.length + 40));
}

/**
 * Whether a model's rephrasing of one step may be sent instead of the step itself. It may state no
 * number, amount of money, duration, warranty term or promise the step does not already state, and
 * must keep every safety warning of the step and be in the customer's language. Stricter than "in the article": a step that borrows another
 * step's "wait 10 minutes" is rejected too, and the step is then sent as written.
 */
export function checkGrounded(candidate: string, source: string, language: Language): GroundingVerdict {
  const text = candidate.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > lengthLimit(source, language)) return { ok: false, reason: 'too-long' };
  const inLanguage = language === 'zh' ? HAN.test(text) : LATIN.test(text) && !HAN.test(text);
  if (!inLanguage) return { ok: false, reason: 'wrong-language' };
  const allowed = factsIn(source);
  const added = [...factsIn(text)].filter((fact) => !allowed.has(fact));
  if (added.length) return { ok: false, reason: 'adds-facts', added };
  const kept = warningsIn(text);
  const dropped = [...warningsIn(source)].filter((warning) => !kept.has(warning));
  return dropped.length ? { ok: false, reason: 'drops-warning', dropped } : { ok: true };
}
