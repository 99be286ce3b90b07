import type { Field, Reading } from './reading.js';

/** Field words; the order settles "电话号码" (phone) before "号" would say address. */
const FIELD_WORDS: ReadonlyArray<[Field, RegExp]> = [
  ['phone', /电话|手机|号码|联系方式|\b(phone|number|mobile|cell)\b/i],
  ['name', /名字|姓名|称呼|姓|\bname\b/i],
  ['address', /地址|住址|门牌|小区|\baddress\b/i],
  ['model', /型号|\bmodel\b/i],
  ['purchase_date', /购买|买的|购机|购买时间|买的时间|\b(purchase|bought)\b/i],
  ['visit_time', /上门时间|预约时间|时间|时段|上门|\b(visit|appointment|time|slot)\b/i],
];
const CUE = /错了|不对|写错|填错|打错|搞错|说错|改成|改为|改一下|改下|换成|更正|应该是|修改|不是.{0,12}是|\b(wrong|change|correct(ion)?|actually|instead|update|typo|mistake|should be|meant)\b/i;
/** Correction words and fillers taken off before the new value is read. */
const FILLER = /错了|不对|写错了?|填错了?|打错了?|搞错了?|说错了?|改成|改为|改一下|改下|换成|更正为?|应该是|修改|麻烦|一下|sorry|actually|wrong|change (it|that)? ?to|should be|it'?s|is|instead|the|my|to|[,，:：。.!！]/gi;

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
  const hit = FIELD_WORDS.map(([field, pattern]) => ({ field, at: text.search(pattern), pattern })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at)[0];
  if (!hit) return undefined;
  const after = text.slice(hit.at).replace(hit.pattern, ' ');
  const rest = after.replace(FILLER, ' ').replace(/^\s*(是|为|了)\s*/, '').replace(/\s+/g, ' ').trim();
  return { field: hit.field, rest };
}

/** The correction as a reading, with the new value when the customer gave one that reads. */
export function correctionReading(field: Field, value: Reading | undefined): Reading {
  return value && (value.kind === 'value' || value.kind === 'partial') ? { kind: 'correction', field, value } : { kind: 'correction', field };
}
