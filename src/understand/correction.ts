import { BUSY } from './busy.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalize, simplifiedForm } from './normalize.js';
import { ZH_CITY } from './places.js';
import { readField } from './read-field.js';
import type { Field, Reading, UnderstandContext } from './reading.js';
import { withoutRejected } from './segments.js';
import { patchByUnit, patchStored } from './stored-patch.js';

/** Chinese field words, each character allowed a space after it ("买 的 时间", typed word by word). */
const spaced = (words: string) => words.split('|').map((w) => [...w].join('\\s?')).join('|');
const zh = (words: string, english: string) => new RegExp(`${spaced(words)}|${english}`, 'i');

/** Field words; the order settles "电话号码" (phone) before "号" would say address. */
const FIELD_WORDS: ReadonlyArray<[Field, RegExp]> = [
  ['phone', zh('电话|手机|号码|联系方式', String.raw`\b(phone|number|mobile|cell|tel)(s|'s)?\b`)],
  ['name', zh('名字|姓名|称呼|个名|我名|姓', String.raw`名(?=改|写|应该|不是|不系|唔系|系)|\bname(s|'s)?\b`)],
  ['address', zh('地址|住址|门牌|小区', String.raw`\b(address|flat|apt|apartment|building|bldg|block|blk|floor|(house|room|unit|door) (number|no))\b`)],
  ['model', zh('型号', String.raw`\bmodel\b`)],
  ['purchase_date', zh('购买|买的|购机|年份|买时间|够买|购入', String.raw`\b(purchase|bought)\b`)],
  ['visit_time', zh('上门时间|预约时间|时间|时段|上门', String.raw`\b(visit|appointment|time|timing|slot)\b`)],
];
/** A change: an error word, a change verb (改, not 改天), a "不是…是" / "X, not Y" pair, or an English repair word. */
export const CORRECTION_CUE = /错|不对|有误|应为|并非|改(?!天|日)|换成|换一下|换个|换号|新号|少打|多打|少说|漏了|写我|登记成|更正|应该是|其实是|刚才|我说的是|我说过|不是.{0,12}是|是.{1,12}不是|(?:不|唔)系.{0,12}系|\b(not (?!sure|home|in)\w+|put|make it|earlier|just now|my bad)\b|\b(wrong|change|correct(ion)?|actually|instead|update|prepone|postpone|reschedule|typo|mistake|mistyped|misspel\w*|should be|meant|i said|spelling|old one|new (address|number|phone)|missing|use my|reali[sz]ed?|it (was|is)\b.{1,40}\bnot|(?:i think|pretty sure|i'?m sure) it was)\b|,\s*not\b/i;
/** "same number and apt": a field said to stay the same is not the one to change. */
const SAME_BEFORE = /\bsame\s+(?:\w+\s+(?:and|&)\s+)?$/i;
/** "地址也对", "电话对的": a field the customer confirms is not the one to change. */
const CONFIRMED = /^.{0,3}(对的|也对|是对的|写的对|没问题|没错|不用改|不改|不变|不需要改|照旧|is (right|correct|fine)|stays)/i;

export interface CorrectionCue {
  field: Field;
  /** The text after the field word with correction words taken off: where the new value is. */
  rest: string;
}

/** Clauses: split at punctuation, and at spaces between Chinese words (not between English ones). */
const clauses = (text: string) => text.split(/[,，。.!！?？;；]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).map((c) => c.trim()).filter(Boolean);

/** Clauses about times: also cut at an emoji and before a day named ("礼拜日上昼先得闲礼拜六我要去饮酒"). */
const timeClauses = (text: string) => clauses(text.replace(/\p{Extended_Pictographic}/gu, '，')).flatMap((c) => c.split(/(?<![上下这本])(?=(?:周|星期|礼拜)[一二三四五六日天])/)).filter(Boolean);

/** The clause of `text` that holds position `at`. */
function clauseAt(text: string, at: number): string {
  const before = text.slice(0, at).split(/[,，。.!！?？;；]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).at(-1) ?? '';
  const after = text.slice(at).split(/[,，。.!！?？;；]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)[0] ?? '';
  return before + after;
}

const ADDRESS_PART = /^(flat|apt|apartment|building|bldg|block|blk|floor|house|room|unit|door)/i;

/** "how long does the visit usually take?": a field named in a question, with no change word, is asked about, not changed. */
function asked(text: string, at: number): boolean {
  const sentence = text.slice(at).match(/^[^.!。！?？]*[.!。！?？]?/)?.[0] ?? '';
  return /[?？]$|吗/.test(sentence);
}

/** Words before the new value that only introduce it: "down as Bob", "spelling is Priya", "to Monday". */
const INTRODUCER = /^[\s,，:：]*(?:是|为|了|is|'s)?[\s,，:：]*(?:(?:down |up )?(?:as|under)\s+|spel(?:ling|led|t)(?: is|:)?\s+)?/i;

/**
 * "电话错了，是139…", "地址写错了", "sorry the address is wrong, it's …". `force` accepts a field word
 * without a correction word (at the summary, "电话139…" is a correction). When several fields are
 * named, the one in the clause that carries the correction word is meant ("时间就明天下午 电话写错了
 * 是139…"); a field the customer confirms ("地址也对", "电话不用改") is not.
 */
/** Where the reply turns to another point ("…没错 但是地址…", "…is right, but the address…"). */
function turnAt(text: string, from: number): number {
  const at = text.slice(from).search(/但是|但系|不过|可是|\b(but|however)\b/i);
  return at < 0 ? text.length : from + at;
}

/** "电话是138…没有错", "the phone 139… is right": the value said back and then confirmed, not changed. */
function confirmedInTurn(said: string): boolean {
  return /没有?错|冇错|是对的|都对|\b(is|'s) (right|correct|fine)\b/i.test(said) && !/(?<!没有?|冇)错(了|咗)|不对|\bwrong\b/i.test(said);
}

export function detectCorrectionCue(text: string, force = false): CorrectionCue | undefined {
  const cued = CORRECTION_CUE.test(text);
  if (!force && !cued) return undefined;
  const hits = FIELD_WORDS.map(([field, pattern]) => {
    const found = text.match(pattern);
    const at = found?.index ?? -1;
    return { field, at, end: at + (found?.[0].length ?? 0) };
  }).filter((h) => h.at >= 0 && !CONFIRMED.test(text.slice(h.end)) && !SAME_BEFORE.test(text.slice(0, h.at)) && (cued || !asked(text, h.at))).sort((a, b) => a.at - b.at);
  const open = hits.filter((h, i) => !confirmedInTurn(text.slice(h.end, Math.min(hits[i + 1]?.at ?? text.length, turnAt(text, h.end)))));
  const hit = open.find((h) => CORRECTION_CUE.test(clauseAt(text, h.at))) ?? open[0];
  if (!hit) return undefined;
  // The readers cope with the correction words around the value; only a leading "是/is" goes.
  // "- Apt 1205, Bldg 3, …": a word that names a part of the address is part of its value.
  const inValue = hit.field === 'address' && ADDRESS_PART.test(text.slice(hit.at, hit.end));
  const rest = inValue ? text.slice(hit.at) : text.slice(hit.end).replace(INTRODUCER, '').trim();
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

/** "年份写错了，是2021年，月份是对的": a year alone changes the stored purchase date's year and keeps its month. */
function inStoredMonth(reading: Reading | undefined, stored: string | undefined): Reading | undefined {
  if (reading?.kind !== 'partial' || !stored || !reading.known.year || reading.known.month) return undefined;
  const value = `${reading.known.year}-${stored.slice(5, 7)}`;
  return /^\d{4}-\d{2}$/.test(value) && value !== stored ? { kind: 'value', field: 'purchase_date', value } : undefined;
}

/** The stored value with the part the customer names replaced, read again as the field. */
function patched(field: Field, text: string, context: CorrectionContext): Reading | undefined {
  const stored = context.stored?.[field];
  if (!stored || field === 'visit_time' || field === 'purchase_date') return undefined;
  // "单元错了 三单元": a numbered part said with its unit replaces that unit's number, when a change is said.
  const value = patchStored(stored, text) ?? (field === 'address' && CORRECTION_CUE.test(text) ? patchByUnit(stored, text) : undefined);
  if (!value) return undefined;
  if (field === 'phone') return readable(readField('phone', value, value, { ...context, region: regionOf(stored) ?? context.region }));
  return { kind: 'value', field, value };
}

/** A clause that rules a time out: "周四我没空", "下午没有空", "sat cannot already", "Tuesday won't do". */
/** A clause that rules a time out ("礼拜天我要去女儿家"), or the Henan 不中 ("周六不中"). */
const RULED_OUT = new RegExp(`${BUSY.source}|不中`, 'i');

type CorrectionContext = Pick<UnderstandContext, 'today' | 'region' | 'stored'>;

/** A run of digits and Chinese numerals (with spaces or dashes) long enough to be a phone number. */
const MIXED_NUMBER = /[\d零〇一二三四五六七八九幺][\d零〇一二三四五六七八九幺\s-]{5,}[\d零〇一二三四五六七八九幺]/g;
const NUMERAL_DIGIT: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Formal and spaced forms of 不是 ("并非二〇二四年", "不是 Pro"), read as the plain one. */
const REJECTING = /并非|而非|并不是|不是\s+/g;

/** A customer's own number: a mobile or a line, not a premium-rate or shared-cost one. */
const LINE_TYPES = ['MOBILE', 'FIXED_LINE_OR_MOBILE', 'FIXED_LINE'];

/**
 * How well a reading fits what was typed: every digit typed is the national number ("138 2651 9047" is
 * not "+1 382…"), and the number is a mobile or a line ("186 1234 5566" is a Chinese mobile, not a German UAN).
 */
function phoneFit(e164: string, typed: string): number {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return 0;
  const digits = typed.replace(/\D/g, '');
  const whole = digits.includes(parsed.nationalNumber) && !digits.includes(`${parsed.countryCallingCode}${parsed.nationalNumber}`) ? 2 : 0;
  return whole + (LINE_TYPES.includes(parsed.getType() ?? '') ? 1 : 0);
}

/** Before a Chinese address's city: words that introduce it (全写是, 新家在, 改成). */
const ADDRESS_INTRO = /(?:是|在|为|改成|改到|换成|写|地址|住址|[:：])/g;
/** "its unit 2301", "is Flat 12", "to No. 8": the introducer before an English address that starts with its unit or number. */
const EN_ADDRESS_INTRO = /\b(?:it'?s|it is|is|to|at)\s+(?=(?:flat|unit|apt|apartment|room|rm|block|blk|bldg|building|tower|house|no\.?|#|\d))/i;

/** A clause about the mistake itself (门牌打反了, 记岔了, sorry): not part of an address. */
const ABOUT_MISTAKE = /错|反了|不对|漏|记岔|搞混|\b(sorry|typo|mistake|wrong|my bad)\b/i;

/**
 * A Chinese address starts at its city ("全写是香港九龙…", "新家在成都市…", "那里是1203 成都市…"): what
 * comes before it restates a part or introduces it, and a clause after it about the mistake ("门牌打反了")
 * is not part of it. Text with no city is left alone.
 */
/** The city an address starts at: "漏了醴陵 是醴陵市瓷城大道…" names it once in passing and once to start the address. */
function addressCity(part: string): RegExpExecArray | undefined {
  const cities = [...part.matchAll(new RegExp(ZH_CITY.source, 'g'))];
  return cities.find((m) => /\d|路|街|号|村|镇/.test(part.slice(m.index).split(/[\s,，。!！?？;；]/)[0])) ?? cities[0];
}

function addressScope(part: string): string {
  // "wrong address lol its unit 2301, block 5 …": an English address starts after the word that introduces it.
  if (!/\p{Script=Han}/u.test(part)) return part.split(EN_ADDRESS_INTRO).at(-1)!.trim();
  const city = addressCity(part);
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
    const rejecting = withoutRejected(part.replace(REJECTING, '不是'));
    // "138 3756 一四九二", "13八37561四92": a number said partly in digits, partly in numerals.
    const kept = field === 'phone' ? rejecting.replace(MIXED_NUMBER, (run) => (/\d/.test(run) ? run.replace(/[零〇一二三四五六七八九幺]/g, (c) => NUMERAL_DIGIT[c]) : run)) : rejecting;
    if (!kept) return undefined;
    const readings = regions.map((region) => readable(readField(field, kept, normalize(kept).lower, { ...context, region })));
    const values = readings.filter((r): r is Extract<Reading, { kind: 'value' }> => r?.kind === 'value');
    // "138 2651 9047" with a US number stored: the reading that keeps every digit typed as the number, not "1" as a country code.
    if (values.length > 1 && values[0].value !== values[1].value) {
      const fits = values.map((r) => phoneFit(r.value, kept));
      return values[fits.indexOf(Math.max(...fits))];
    }
    return values[0] ?? readings[0];
  };
  // "下午没空 上午嘛": the time ruled out is not the one wanted; an address is read from its city on.
  const scope = (part: string) => {
    if (field === 'address') return addressScope(withoutRejected(part));
    if (field !== 'visit_time') return part;
    return timeClauses(part).filter((clause) => !RULED_OUT.test(clause)).join(' ');
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
  // "… was not correct. It is SN23HI60CE.": a later sentence's "it is" only introduces the value.
  // The last few sentences only: a reply of 150 one-word sentences is not read 150 times.
  const later = sentences.slice(1).reverse().slice(0, 4).map((sentence) => () => read(sentence.replace(SENTENCE_INTRO, '')));
  const whole = () => (cue.rest ? read(cue.rest) : undefined);
  // "Priya, P-R-I-Y-A", "Bob Hayes, that's what everyone calls me": a name is one clause of its own.
  // A clause that talks about the mistake ("spelled wrong", "in my name earlier") holds no name.
  const named = field === 'name' ? cue.rest.split(/[,，;；]/).map((clause) => withoutRejected(clause).replace(NAME_CLAUSE_INTRO, ''))
    .filter((clause) => clause && !CORRECTION_CUE.test(clause)).slice(0, 4).map((clause) => () => read(clause)) : [];
  // An address restated in full after the explanation ("it's Bldg 5 not Bldg 3: Apt 1502, Bldg 5, …") is the value.
  // "Name is Priya Raghavan, not Ragavan. Kindly correct": a name is in the sentence that names the field.
  const first = field === 'name' && sentences.length > 1 ? [() => read(sentences[0])] : [];
  const direct = field === 'address' ? [...later, whole] : [...first, ...named, whole, ...later];
  // Read lazily, in order of preference: the first new value ends the search.
  const seen: (Reading | undefined)[] = [];
  let found: Reading | undefined;
  for (const next of direct) {
    const reading = next();
    seen.push(reading);
    if (fresh(reading)) { found = reading; break; }
  }
  // "Name is Alexey, with y. Alexey Volkov": the name said again in full is the one meant.
  if (field === 'name' && isValue(found)) {
    const short = found.value.toLowerCase();
    const fuller = later.map((next) => next()).find((r): r is Extract<Reading, { kind: 'value' }> => isValue(r) && r.value.length > short.length && r.value.toLowerCase().startsWith(`${short} `));
    if (fuller) found = fuller;
  }
  const patch = patched(field, text, context);
  // "地址那里是1203 不是1230 成都市…1203", "我姓赵 不是照相的照": the patched stored value, when it agrees with what was read.
  // An address read that is a fragment of the stored one ("flat is 15A, Block 8,") is not a restatement of it.
  const fragment = (r: Reading) => r.kind === 'value' && patch?.kind === 'value' && r.value.length < 0.7 * patch.value.length;
  if (patch && (!found || holds(patch, found) || (field === 'address' && (holds(found, patch) || fragment(found))))) return patch;
  if (found) return found;
  const fallback = field === 'name' || field === 'address' ? undefined : read(text);
  if (fresh(fallback)) return fallback;
  found = seen.find(isValue) ?? (field === 'address' ? seen.at(-1) : seen[0]) ?? fallback;
  if (field === 'purchase_date') return inStoredMonth(found, stored) ?? found;
  if (field !== 'visit_time') return found;
  return onStoredDay(found, stored) ?? found;
}

const SENTENCE_INTRO = /^\s*(?:it'?s|it is|it was|is|should be)\s+/i;
/** "应为林正雄", "写成刘芳": the words that only introduce a name in its clause. */
const NAME_CLAUSE_INTRO = /^\s*(?:应为|应该是|其实是|改成|改为|写成|是)/;

/** Where a sentence ends: not at the dot of "No. 8", "Ma. Cristina" or an initial ("Arjun K. Mehta"). */
const SENTENCE_BREAK = /(?<=(?<!\b(?:[Nn]o|[Ss]t|[Rr]d|[Aa]ve|[Aa]pt|[Bb]lk|[Bb]ldg|[Mm]rs?|[Mm]s|[Dd]r|Ma|[JjSs]r|[A-Z]))\.)\s+|(?<=[!?;。！？；])\s*|[—–]\s*|\s-\s|[:：]\s+/;

/** `whole` holds `part` (up to spacing, script and case): "赵" is a fragment of 赵先生. */
function holds(whole: Reading, part: Reading): boolean {
  if (whole.kind !== 'value' || part.kind !== 'value') return false;
  const loose = (s: string) => simplifiedForm(s).toLowerCase().replace(/[\s,，.。]/g, '');
  return loose(whole.value).includes(loose(part.value));
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
  // A phone number has 7 to 15 digits (written or said): a reply without them is not read as one, which
  // keeps the phone reader off long runs of digits it cannot hold.
  const digits = (text.match(/[\d零一二三四五六七八九幺]/g) ?? []).length;
  const found = fields.filter((field) => field !== 'phone' || (digits >= 7 && digits <= 24)).flatMap((field) => {
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
  if (!asked) return undefined;
  const named = detectCorrectionCue(text, true);
  // Only then is the prompt's own field read (the phone reader is the costly one on long digit runs).
  if ((!named && !CORRECTION_CUE.test(text)) || readField(asked, text, lower, context)?.kind === 'value') return undefined;
  if (named) {
    const value = named.field === asked ? undefined : correctedValue(named, text, context);
    return value?.kind === 'value' ? correctionReading(named.field, value) : undefined;
  }
  return CORRECTION_CUE.test(text) ? inferredCorrection(text, context, asked) : undefined;
}
