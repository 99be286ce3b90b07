import { normalize } from './normalize.js';
import { readField } from './read-field.js';
import type { Field, Reading, UnderstandContext } from './reading.js';
import { withoutRejected } from './segments.js';

/** Field words; the order settles "电话号码" (phone) before "号" would say address. */
const FIELD_WORDS: ReadonlyArray<[Field, RegExp]> = [
  ['phone', /电话|手机|号码|联系方式|\b(phone|number|mobile|cell)\b/i],
  ['name', /名字|姓名|称呼|个名|我名|姓|\bname\b/i],
  ['address', /地址|住址|门牌|小区|\b(address|(flat|house|room|unit|apt|door) (number|no))\b/i],
  ['model', /型号|\bmodel\b/i],
  ['purchase_date', /购买|买的|购机|购买时间|买的时间|\b(purchase|bought)\b/i],
  ['visit_time', /上门时间|预约时间|时间|时段|上门|\b(visit|appointment|time|slot)\b/i],
];
/** A change: an error word, a change verb (改, not 改天), a "不是…是" / "X, not Y" pair, or an English repair word. */
const CUE = /错|不对|改(?!天|日)|换成|换一下|换个|换号|新号|少打|多打|写我|登记成|更正|应该是|其实是|不是.{0,12}是|\b(wrong|change|correct(ion)?|actually|instead|update|typo|mistake|mistyped|misspel\w*|should be|meant|spelling|old one|new (address|number|phone)|missing|use my|reali[sz]ed?|it (was|is)\b.{1,40}\bnot)\b|,\s*not\b/i;
/** "地址也对", "电话对的": a field the customer confirms is not the one to change. */
const CONFIRMED = /^.{0,3}(对的|也对|是对的|写的对|没问题|没错|is (right|correct|fine))/i;

export interface CorrectionCue {
  field: Field;
  /** The text after the field word with correction words taken off: where the new value is. */
  rest: string;
}

/**
 * "电话错了，是139…", "地址写错了", "sorry the address is wrong, it's …". `force` accepts a field word
 * without a correction word (at the summary, "电话139…" is a correction).
 */
export function detectCorrectionCue(text: string, force = false): CorrectionCue | undefined {
  if (!force && !CUE.test(text)) return undefined;
  const hits = FIELD_WORDS.map(([field, pattern]) => {
    const found = text.match(pattern);
    const at = found?.index ?? -1;
    return { field, at, end: at + (found?.[0].length ?? 0) };
  }).filter((h) => h.at >= 0 && !CONFIRMED.test(text.slice(h.end))).sort((a, b) => a.at - b.at);
  const hit = hits[0];
  if (!hit) return undefined;
  // The readers cope with the correction words around the value; only a leading "是/is" goes.
  const rest = text.slice(hit.end).replace(/^[\s,，:：]*(是|为|了|is|'s)?[\s,，:：]*/i, '').trim();
  return { field: hit.field, rest: rest || text.slice(hit.end) };
}

/** The correction as a reading, with the new value when the customer gave one that reads. */
export function correctionReading(field: Field, value: Reading | undefined): Reading {
  return value && (value.kind === 'value' || value.kind === 'partial') ? { kind: 'correction', field, value } : { kind: 'correction', field };
}

const readable = (reading: Reading | undefined) => (reading?.kind === 'value' || reading?.kind === 'partial' ? reading : undefined);

/**
 * The new value, wherever the customer put it: after the field word ("电话错了，是139…"), in a later
 * sentence ("address is wrong, tower c not b. unit 2306, …"), or before it ("前年十一月买的，刚才说错了");
 * the alternative they reject ("不是刘亭", "not Bldg 3") is never the value.
 */
export function correctedValue(cue: CorrectionCue, text: string, context: Pick<UnderstandContext, 'today' | 'region'>): Reading | undefined {
  const read = (part: string) => {
    const kept = withoutRejected(part);
    return kept ? readable(readField(cue.field, kept, normalize(kept).lower, context)) : undefined;
  };
  const whole = cue.rest ? read(cue.rest) : undefined;
  if (whole?.kind === 'value') return whole;
  const sentences = cue.rest.split(/(?<=[.!?;。！？；])\s*|[—–]\s*/).filter((part) => part.trim());
  for (const sentence of sentences.slice(1).reverse()) {
    const found = read(sentence);
    if (found?.kind === 'value') return found;
  }
  return whole ?? (cue.field === 'name' || cue.field === 'address' ? undefined : read(text));
}
