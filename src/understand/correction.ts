import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalize, simplifiedForm } from './normalize.js';
import { ZH_CITY } from './places.js';
import { readField } from './read-field.js';
import type { Field, Reading, UnderstandContext } from './reading.js';
import { withoutRejected } from './segments.js';
import { patchStored } from './stored-patch.js';

/** Field words; the order settles "电话号码" (phone) before "号" would say address. */
const FIELD_WORDS: ReadonlyArray<[Field, RegExp]> = [
  ['phone', /电话|手机|号码|联系方式|\b(phone|number|mobile|cell|tel)(s|'s)?\b/i],
  ['name', /名字|姓名|称呼|个名|我名|姓|名(?=改|写|应该)|\bname(s|'s)?\b/i],
  ['address', /地址|住址|门牌|小区|\b(address|(flat|house|room|unit|apt|door) (number|no))\b/i],
  ['model', /型号|\bmodel\b/i],
  ['purchase_date', /购买|买的|购机|购买时间|买的时间|\b(purchase|bought)\b/i],
  ['visit_time', /上门时间|预约时间|时间|时段|上门|\b(visit|appointment|time|timing|slot)\b/i],
];
/** A change: an error word, a change verb (改, not 改天), a "不是…是" / "X, not Y" pair, or an English repair word. */
export const CORRECTION_CUE = /错|不对|改(?!天|日)|换成|换一下|换个|换号|新号|少打|多打|少说|漏了|写我|登记成|更正|应该是|其实是|刚才|不是.{0,12}是|是.{1,12}不是|\b(not (?!sure|home|in)\w+|put|make it|earlier|just now|my bad)\b|\b(wrong|change|correct(ion)?|actually|instead|update|typo|mistake|mistyped|misspel\w*|should be|meant|spelling|old one|new (address|number|phone)|missing|use my|reali[sz]ed?|it (was|is)\b.{1,40}\bnot)\b|,\s*not\b/i;
/** "地址也对", "电话对的": a field the customer confirms is not the one to change. */
const CONFIRMED = /^.{0,3}(对的|也对|是对的|写的对|没问题|没错|不用改|不改|不变|不需要改|照旧|is (right|correct|fine)|stays)/i;

export interface CorrectionCue {
  field: Field;
  /** The text after the field word with correction words taken off: where the new value is. */
  rest: string;
}

/** Clauses: split at punctuation, and at spaces between Chinese words (not between English ones). */
const clauses = (text: string) => text.split(/[,，。.!！?？;；]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).map((c) => c.trim()).filter(Boolean);

/** The clause of `text` that holds position `at`. */
function clauseAt(text: string, at: number): string {
  const before = text.slice(0, at).split(/[,，。.!！?？;；]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).at(-1) ?? '';
  const after = text.slice(at).split(/[,，。.!！?？;；]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)[0] ?? '';
  return before + after;
}

/** Words before the new value that only introduce it: "down as Bob", "spelling is Priya", "to Monday". */
const INTRODUCER = /^[\s,，:：]*(?:是|为|了|is|'s)?[\s,，:：]*(?:(?:down |up )?(?:as|under)\s+|spel(?:ling|led|t)(?: is)?\s+)?/i;

/**
 * "电话错了，是139…", "地址写错了", "sorry the address is wrong, it's …". `force` accepts a field word
 * without a correction word (at the summary, "电话139…" is a correction). When several fields are
 * named, the one in the clause that carries the correction word is meant ("时间就明天下午 电话写错了
 * 是139…"); a field the customer confirms ("地址也对", "电话不用改") is not.
 */
export function detectCorrectionCue(text: string, force = false): CorrectionCue | undefined {
  if (!force && !CORRECTION_CUE.test(text)) return undefined;
  const hits = FIELD_WORDS.map(([field, pattern]) => {
    const found = text.match(pattern);
    const at = found?.index ?? -1;
    return { field, at, end: at + (found?.[0].length ?? 0) };
  }).filter((h) => h.at >= 0 && !CONFIRMED.test(text.slice(h.end))).sort((a, b) => a.at - b.at);
  const hit = hits.find((h) => CORRECTION_CUE.test(clauseAt(text, h.at))) ?? hits[0];
  if (!hit) return undefined;
  // The readers cope with the correction words around the value; only a leading "是/is" goes.
  const rest = text.slice(hit.end).replace(INTRODUCER, '').trim();
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

/** A clause that rules a time out: "周四我没空", "下午没有空", "sat cannot already", "Tuesday won't do". */
const RULED_OUT = /没空|没有空|不行|没时间|不方便|不得行|要不得|不中|要上班|加班|开会|\b(cannot|can'?t|busy|not free|won'?t (do|work)|doesn'?t work|no good)\b/i;

type CorrectionContext = Pick<UnderstandContext, 'today' | 'region' | 'stored'>;

/** Before a Chinese address's city: words that introduce it (全写是, 新家在, 改成). */
const ADDRESS_INTRO = /(?:是|在|为|改成|改到|换成|写|[:：])/g;
/** A clause about the mistake itself (门牌打反了, 记岔了, sorry): not part of an address. */
const ABOUT_MISTAKE = /错|反了|不对|漏|记岔|搞混|\b(sorry|typo|mistake|wrong|my bad)\b/i;

/**
 * A Chinese address starts at its city ("全写是香港九龙…", "新家在成都市…", "那里是1203 成都市…"): what
 * comes before it restates a part or introduces it, and a clause after it about the mistake ("门牌打反了")
 * is not part of it. Text with no city is left alone.
 */
function addressScope(part: string): string {
  if (!/\p{Script=Han}/u.test(part)) return part;
  const city = ZH_CITY.exec(part);
  if (!city) return part;
  const clauseStart = Math.max(...[...part.slice(0, city.index).matchAll(/[\s,，。!！?？;；]/g)].map((m) => (m.index ?? 0) + 1), 0);
  const intro = [...part.slice(clauseStart, city.index).matchAll(ADDRESS_INTRO)].at(-1);
  const from = intro ? clauseStart + (intro.index ?? 0) + intro[0].length : clauseStart;
  const pieces = part.slice(from).split(/(?=[\s,，。!！?？;；])/);
  while (pieces.length > 1 && ABOUT_MISTAKE.test(pieces.at(-1)!)) pieces.pop();
  return pieces.join('').trim();
}

/**
 * The new value, wherever the customer put it: after the field word ("电话错了，是139…"), in a later
 * sentence ("address is wrong, tower c not b. unit 2306, …"), or before it ("前年十一月买的，刚才说错了");
 * the alternative they reject ("不是刘亭", "not Bldg 3") and a time they rule out ("周四我没空") are never
 * the value, and a value said back as it stands is the new one only when nothing else is. With the
 * stored value known, a reply that names only the part it changes ("不是502 是602") patches it.
 */
export function correctedValue(cue: CorrectionCue, text: string, context: CorrectionContext): Reading | undefined {
  const { field } = cue;
  const stored = context.stored?.[field];
  const regions = field === 'phone' ? [...new Set([regionOf(stored) ?? context.region, context.region])] : [context.region];
  const readOnce = (part: string) => {
    const kept = withoutRejected(part);
    if (!kept) return undefined;
    const readings = regions.map((region) => readable(readField(field, kept, normalize(kept).lower, { ...context, region })));
    return readings.find((r) => r?.kind === 'value') ?? readings[0];
  };
  // "下午没空 上午嘛": the time ruled out is not the one wanted; an address is read from its city on.
  const scope = (part: string) => {
    if (field === 'address') return addressScope(withoutRejected(part));
    if (field !== 'visit_time') return part;
    return clauses(part).filter((clause) => !RULED_OUT.test(clause)).join(' ');
  };
  const read = (part: string) => {
    const scoped = scope(part);
    const first = scoped && scoped !== part ? readOnce(scoped) : undefined;
    if (first?.kind === 'value') return first;
    const unscoped = readOnce(part);
    return unscoped?.kind === 'value' ? unscoped : first ?? unscoped;
  };
  const isValue = (r: Reading | undefined): r is Extract<Reading, { kind: 'value' }> => r?.kind === 'value';
  const fresh = (r: Reading | undefined) => isValue(r) && r.value !== stored;
  const sentences = cue.rest.split(SENTENCE_BREAK).filter((part) => part.trim());
  const later = sentences.slice(1).reverse().map((sentence) => () => read(sentence));
  const whole = () => (cue.rest ? read(cue.rest) : undefined);
  // "Priya, P-R-I-Y-A", "Bob Hayes, that's what everyone calls me": a name is one clause of its own.
  const named = field === 'name' ? cue.rest.split(/[,，;；]/).slice(0, 4).map((clause) => () => read(clause)) : [];
  // An address restated in full after the explanation ("it's Bldg 5 not Bldg 3: Apt 1502, Bldg 5, …") is the value.
  const direct = field === 'address' ? [...later, whole] : [whole, ...named, ...later];
  // Read lazily, in order of preference: the first new value ends the search.
  const seen: (Reading | undefined)[] = [];
  let found: Reading | undefined;
  for (const next of direct) {
    const reading = next();
    seen.push(reading);
    if (fresh(reading)) { found = reading; break; }
  }
  const patch = patched(field, text, context);
  // "地址那里是1203 不是1230 成都市…1203", "我姓赵 不是照相的照": the patched stored value, when it agrees with what was read.
  if (patch && (!found || related(found, patch))) return patch;
  if (found) return found;
  const fallback = field === 'name' || field === 'address' ? undefined : read(text);
  if (fresh(fallback)) return fallback;
  found = seen.find(isValue) ?? (field === 'address' ? seen.at(-1) : seen[0]) ?? fallback;
  if (field !== 'visit_time') return found;
  return onStoredDay(found, stored) ?? found;
}

/** Where a sentence ends: not at the dot of "No. 8", "Ma. Cristina" or an initial ("Arjun K. Mehta"). */
const SENTENCE_BREAK = /(?<=(?<!\b(?:[Nn]o|[Ss]t|[Rr]d|[Aa]ve|[Aa]pt|[Bb]lk|[Bb]ldg|[Mm]rs?|[Mm]s|[Dd]r|Ma|[JjSs]r|[A-Z]))\.)\s+|(?<=[!?;。！？；])\s*|[—–]\s*|\s-\s|[:：]\s+/;

/** Two readings of one value where one holds the other (up to spacing and case). */
function related(a: Reading, b: Reading): boolean {
  if (a.kind !== 'value' || b.kind !== 'value') return false;
  const loose = (s: string) => simplifiedForm(s).toLowerCase().replace(/[\s,，.。]/g, '');
  return loose(a.value).includes(loose(b.value)) || loose(b.value).includes(loose(a.value));
}

/** Fields whose values have a shape of their own: a reply that names no field may still say which it is. */
const SHAPED: readonly Field[] = ['phone', 'model', 'purchase_date', 'visit_time', 'address'];
/** "我叫孙长林", "my name is Bob": a name said with its introducer ("call me" may ask for a phone call). */
const NAME_INTRO = /[我额俺]叫|叫我|\b(my name is|name'?s)\b/i;
/** A model found with no field word must look like one: letters and digits, five or more ("3RD" and "SOHO" do not). */
const MODEL_SHAPE = /^(?=.*[A-Z]{2})(?=.*\d)[A-Z\d/-]{5,}$/;

/**
 * A correction that names no field: the one field whose reader finds a new value in the reply ("Earlier I
 * said March, actually it was April 2025", "wait its 1205 not 1502 - Apt 1205, Bldg 3, …"). Without a
 * correction word only a value of an unmistakable shape counts (a phone number, a model, an address, a
 * name after 我叫) and only when it differs from the stored one; two fields read, or none, is no reading.
 */
export function inferredCorrection(text: string, context: CorrectionContext, exclude?: Field): Reading | undefined {
  const cued = CORRECTION_CUE.test(text);
  const fields = (cued ? SHAPED : SHAPED.filter((f) => f !== 'purchase_date' && f !== 'visit_time')).filter((f) => f !== exclude);
  const found = fields.flatMap((field) => {
    const value = correctedValue({ field, rest: text }, text, context);
    if (field === 'model' && !(value?.kind === 'value' && MODEL_SHAPE.test(value.value))) return [];
    return value?.kind === 'value' && value.value !== context.stored?.[field] ? [{ field, value }] : [];
  });
  // A model code is the loosest shape: "Apt 1205, …, Jianwai SOHO, 39 …" reads as one too, and the address wins.
  if (found.length > 1) found.splice(0, found.length, ...found.filter((f) => f.field !== 'model'));
  if (exclude !== 'name' && !found.length) {
    const named = clauses(text).filter((clause) => NAME_INTRO.test(clause)).map((clause) => readField('name', clause, clause.toLowerCase(), context));
    const name = named.find((r) => r?.kind === 'value' && r.value !== context.stored?.name);
    if (name) found.push({ field: 'name', value: name as Extract<Reading, { kind: 'value' }> });
  }
  return found.length === 1 ? correctionReading(found[0].field, found[0].value) : undefined;
}

/**
 * A correction of another field at a field prompt (`asked`), or undefined. A field named with a
 * correction word ("电话错了 是139…"); a field named with a new value that is no answer to the prompt
 * ("电话打俺儿子的吧 139…", "名字写陈国强嘛" at the address prompt); a correction word with no field
 * named, when the value's shape says which field and the prompt's own field reads nothing
 * ("Earlier I said March, actually it was April 2025" at the model prompt).
 */
export function correctionAt(text: string, lower: string, context: UnderstandContext, asked: Field | undefined): Reading | undefined {
  const cue = detectCorrectionCue(text);
  if (cue) return cue.field === asked ? undefined : correctionReading(cue.field, correctedValue(cue, text, context));
  if (!asked || readField(asked, text, lower, context)?.kind === 'value') return undefined;
  const named = detectCorrectionCue(text, true);
  if (named) {
    const value = named.field === asked ? undefined : correctedValue(named, text, context);
    return value?.kind === 'value' ? correctionReading(named.field, value) : undefined;
  }
  return CORRECTION_CUE.test(text) ? inferredCorrection(text, context, asked) : undefined;
}
