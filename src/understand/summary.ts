import { correctedValue, correctionReading, detectCorrectionCue, inferredCorrection, CORRECTION_CUE } from './correction.js';
import { detectQuestion } from './intents.js';
import { readField } from './read-field.js';
import { FIELDS, type Field, type Reading, type UnderstandContext } from './reading.js';
import { patchStored } from './stored-patch.js';
import { yesAsking } from './yes-asking.js';
import { readYesNo, readYesNoClauses } from './yes-no.js';

/** A change word: what turns a yes carrying a field ("对，不过电话换成…") into a correction. */
const CHANGES = /错|不对|改|换|\b(wrong|change|instead|should)\b/i;
/** "February's right. Confirm.": the customer checked a value aloud and confirms it. */
const CHECKED = /(\b(is|'s) (right|correct|fine)\b|是对的|没错|没问题)[\s\S]{0,20}(\bconfirm(ed)?\b|确认)[\s.!。！]*$/i;

/** The reply ends by settling on the summary as it stands. */
const SETTLED = /(?:算了|那)\s*(?:就|还是)(?:这个|这样|这么着|照这个|按这个)(?:吧|好了|了|来)?[\s。.!！~]*$|\b(?:leave it (?:as it is|like that)|(?:it'?s|that'?s) fine as (?:it is|is))\b[\s.!]*$/i;

/** A field said to be right: "name's right", "address is correct", "型号…没错" (the 错 of 没错 is no correction cue). */
const AFFIRMED = /\b(?:is|'s|are) (?:right|correct|fine|ok)\b|没有?错|冇错|是对的|都对/gi;

/**
 * The reply to the summary ("请核对一下登记信息…"): yes, a correction (a field named, a value
 * restated, only the wrong part named against the stored value, a visit moved), a no, a question.
 */
export function readSummary(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  // "…电话是不是要打我老公的 算了就这个": wondering aloud, then settling on what is shown, confirms it.
  if (SETTLED.test(lower)) return { kind: 'yes' };
  if (checkedOneByOne(text, lower)) return readYesNoClauses(lower.replace(AFFIRMED, ' ')) === 'no' ? { kind: 'no' } : { kind: 'yes' };
  return namedCorrection(text, lower, context) || summaryAnswer(text, lower, context);
}

/** A correction that names its field (or null: the field was named only to confirm it). */
function namedCorrection(text: string, lower: string, context: UnderstandContext): Reading | null | undefined {
  const cue = detectCorrectionCue(text, true);
  if (!cue) return undefined;
  const value = correctedValue(cue, text, context);
  const said = CORRECTION_CUE.test(text.replace(AFFIRMED, ' '));
  // "…February's right. Confirm.", "电话是138… 没错": a value said back as it stands changes nothing.
  if (!said && (CHECKED.test(lower) || (value?.kind === 'value' && value.value === context.stored?.[cue.field]))) return null;
  if (!value && checkedOneByOne(text, lower, 1)) return null;
  // "ok 没问题 哦等下 名字写林小姐就行": a new value outweighs the yes before it; a bare field word after a yes does not.
  if (!value && readYesNo(lower) === 'yes' && !CHANGES.test(lower)) return null;
  return correctionReading(cue.field, value);
}

/** "不是1230 是1203" without a field: the field is the stored value that holds the rejected part. */
function patchedAnyField(text: string, context: UnderstandContext): Reading | undefined {
  const stored = context.stored;
  if (!stored) return undefined;
  const hits = FIELDS.flatMap((field: Field) => {
    const value = stored[field] && field !== 'visit_time' && field !== 'purchase_date' ? patchStored(stored[field]!, text) : undefined;
    return value ? [{ field, value }] : [];
  });
  if (hits.length !== 1) return undefined;
  const [{ field, value }] = hits;
  const reading = field === 'phone' ? readField('phone', value, value, context) : { kind: 'value' as const, field, value };
  return reading?.kind === 'value' ? correctionReading(field, reading) : undefined;
}

/** "name's right, phone's right … address is correct too", "型号…没错 买的时间…没错": fields checked aloud, none changed. */
function checkedOneByOne(text: string, lower: string, atLeast = 2): boolean {
  return (lower.match(AFFIRMED) ?? []).length >= atLeast && !CHANGES.test(lower.replace(AFFIRMED, ' ')) && !CORRECTION_CUE.test(text.replace(AFFIRMED, ' '));
}

/** The reply when no field is named for a change (fields checked one by one are decided before it). */
function summaryAnswer(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  // "不是周六，是周日下午" restates one value; read before yes/no, where "是…" would look like "yes".
  const restated = lower.match(/不是.{0,20}?[，,\s]*(?:是|改成|应该是)(.{2,60})$/)?.[1] ?? lower.match(/\b(?:not .{1,30}?,?\s*(?:it'?s|but))\s+(.{2,60})$/)?.[1];
  if (restated) {
    for (const field of ['visit_time', 'phone', 'purchase_date'] as const) {
      const value = readField(field, restated, restated, context);
      if (value?.kind === 'value' || value?.kind === 'partial') return correctionReading(field, value);
    }
  }
  const patched = patchedAnyField(text, context) ?? inferredCorrection(text, context);
  if (patched) return patched;
  const moved = movedVisit(text, lower, context);
  if (moved) return moved;
  // "No, that's not quite right", "not correct": a confirmation word negated is a no.
  if (NEGATED_RIGHT.test(lower)) return { kind: 'no' };
  const answer = readYesNoClauses(text.toLowerCase()) ?? readYesNo(lower);
  if (answer === 'yes') return yesAsking(text);
  const question = detectQuestion(lower, true);
  if (question) return question;
  return answer ? { kind: answer } : undefined;
}

const NEGATED_RIGHT = /\bnot (quite |all |exactly )?(right|correct)\b|\bincorrect\b/;

/** A visit change word, a time ruled out ("周四我没空", "sat cannot already"), or a wish ("can we do … instead"). */
const MOVES = /改|换|不行|没空|没有空|加班|\b(instead|make it|change|move|cannot|can'?t|rather)\b/;

/**
 * "can we do fri morning instead?", "周六上午不行了 改周日下午吧", "下午没空 上午嘛": a visit time with a
 * change word (or a time ruled out beside it) changes the visit, though no field is named; a period
 * alone keeps the stored day. A time alone stays unread.
 */
function movedVisit(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  // "morning is nae good, … is there nothin later", "Friday afternoon is a little difficult for me": the
  // visit is to move, to a time not said yet; the dialog asks for it.
  if (UNSUITED.test(lower) && VISIT_WORD.test(lower)) {
    const visit = MOVES.test(lower) ? correctedValue({ field: 'visit_time', rest: text }, text, context) : undefined;
    return correctionReading('visit_time', visit?.kind === 'value' ? visit : undefined);
  }
  if (!MOVES.test(lower)) return undefined;
  const visit = correctedValue({ field: 'visit_time', rest: text }, text, context);
  return visit?.kind === 'value' ? correctionReading('visit_time', visit) : undefined;
}

/** A time said not to suit, in the words people use for it. */
const UNSUITED = /\b(?:(?:is|'s) (?:no|nae|not) good|(?:doesn'?t|does not|won'?t|will not|disnae|wouldn'?t) (?:work|suit)|(?:is|'s) (?:a (?:little|bit) |quite |rather |very )?(?:difficult|hard|awkward|inconvenient|tricky)|not convenient)\b|不太方便|不方便|没空|来不了|不得闲/;
const VISIT_WORD = /\b(?:morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|visit|time|slot)\b|上午|下午|晚上|周[一二三四五六日天]|星期|礼拜|明天|后天|时间/;
