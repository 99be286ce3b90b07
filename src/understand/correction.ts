import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalize } from './normalize.js';
import { readField } from './read-field.js';
import type { Field, Reading, UnderstandContext } from './reading.js';
import { withoutRejected } from './segments.js';
import { patchStored } from './stored-patch.js';

/** Field words; the order settles "电话号码" (phone) before "号" would say address. */
const FIELD_WORDS: ReadonlyArray<[Field, RegExp]> = [
  ['phone', /电话|手机|号码|联系方式|\b(phone|number|mobile|cell)\b/i],
  ['name', /名字|姓名|称呼|个名|我名|姓|\bname\b/i],
  ['address', /地址|住址|门牌|小区|\b(address|(flat|house|room|unit|apt|door) (number|no))\b/i],
  ['model', /型号|\bmodel\b/i],
  ['purchase_date', /购买|买的|购机|购买时间|买的时间|\b(purchase|bought)\b/i],
  ['visit_time', /上门时间|预约时间|时间|时段|上门|\b(visit|appointment|time|timing|slot)\b/i],
];
/** A change: an error word, a change verb (改, not 改天), a "不是…是" / "X, not Y" pair, or an English repair word. */
export const CORRECTION_CUE = /错|不对|改(?!天|日)|换成|换一下|换个|换号|新号|少打|多打|少说|漏了|写我|登记成|更正|应该是|其实是|刚才|不是.{0,12}是|是.{1,12}不是|\b(not (?!sure|home|in)\w+|put|make it|earlier|just now|my bad)\b|\b(wrong|change|correct(ion)?|actually|instead|update|typo|mistake|mistyped|misspel\w*|should be|meant|spelling|old one|new (address|number|phone)|missing|use my|reali[sz]ed?|it (was|is)\b.{1,40}\bnot)\b|,\s*not\b/i;
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
  if (!force && !CORRECTION_CUE.test(text)) return undefined;
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

/** The region of the number being corrected: "9123 4576" replaces a Singapore number with a Singapore one. */
function regionOf(stored: string | undefined): string | undefined {
  return stored ? parsePhoneNumberFromString(stored)?.country : undefined;
}

/** "改成下午", "下午没空 上午吧": a period alone moves the stored visit within its day. */
function onStoredDay(reading: Reading | undefined, stored: string | undefined): Reading | undefined {
  if (reading?.kind !== 'partial' || !stored || reading.known.date || !reading.known.period || reading.known.period === 'any') return undefined;
  const date = stored.split(' ')[0];
  const period = reading.known.period;
  // "上午不行" about a morning visit says what is wrong, not what is wanted.
  if (`${date} ${period}` === stored) return undefined;
  return { kind: 'value', field: 'visit_time', value: `${date} ${period}`, visit: { date, period } };
}

/** The stored value with the part the customer names replaced, read again as the field. */
function patched(field: Field, text: string, context: CorrectionContext): Reading | undefined {
  const stored = context.stored?.[field];
  if (!stored || field === 'visit_time' || field === 'purchase_date') return undefined;
  const value = patchStored(stored, text);
  if (!value) return undefined;
  if (field === 'phone') return readable(readField('phone', value, value, { ...context, region: regionOf(stored) ?? context.region }));
  return { kind: 'value', field, value };
}

/** A clause that rules a time out: "周四我没空", "下午没有空", "sat cannot already". */
const RULED_OUT = /没空|没有空|不行|没时间|要上班|加班|开会|\b(cannot|can'?t|busy|not free)\b/i;

/** Clauses: split at punctuation, and at spaces between Chinese words (not between English ones). */
const clauses = (text: string) => text.split(/[,，。.!！?？;；]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).map((c) => c.trim()).filter(Boolean);

type CorrectionContext = Pick<UnderstandContext, 'today' | 'region' | 'stored'>;

/**
 * The new value, wherever the customer put it: after the field word ("电话错了，是139…"), in a later
 * sentence ("address is wrong, tower c not b. unit 2306, …"), or before it ("前年十一月买的，刚才说错了");
 * the alternative they reject ("不是刘亭", "not Bldg 3") is never the value. With the stored value
 * known, a reply that names only the part it changes ("不是502 是602") patches it.
 */
export function correctedValue(cue: CorrectionCue, text: string, context: CorrectionContext): Reading | undefined {
  const stored = context.stored?.[cue.field];
  const regions = cue.field === 'phone' ? [...new Set([regionOf(stored), context.region])] : [context.region];
  const read = (part: string) => {
    const kept = withoutRejected(part);
    if (!kept) return undefined;
    const readings = regions.map((region) => readable(readField(cue.field, kept, normalize(kept).lower, { ...context, region })));
    return readings.find((r) => r?.kind === 'value') ?? readings[0];
  };
  const whole = cue.rest ? read(cue.rest) : undefined;
  if (whole?.kind === 'value') return whole;
  const sentences = cue.rest.split(/(?<=[.!?;。！？；])\s*|[—–]\s*|\s-\s|[:：]\s+/).filter((part) => part.trim());
  for (const sentence of sentences.slice(1).reverse()) {
    const found = read(sentence);
    if (found?.kind === 'value') return found;
  }
  const patch = patched(cue.field, text, context);
  if (patch) return patch;
  const found = whole ?? (cue.field === 'name' || cue.field === 'address' ? undefined : read(text));
  if (cue.field !== 'visit_time') return found;
  // "下午没空 上午嘛": the time ruled out is not the one wanted.
  const wanted = clauses(text).filter((clause) => !RULED_OUT.test(clause)).join(' ');
  const kept = wanted && wanted !== text ? read(wanted) : undefined;
  const visit = kept ?? found;
  return onStoredDay(visit, stored) ?? visit;
}
