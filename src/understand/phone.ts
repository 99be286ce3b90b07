import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Reading } from './reading.js';
import { afterSelfCorrection } from './segments.js';
import { saysDontKnow } from './yes-no.js';

const FIELD = 'phone' as const;
/**
 * Where a number that does not fit the default region may be from, tried in this order when nothing else
 * decides: the places our customers write from (Hong Kong, the UK, North America, Australia, Taiwan,
 * Singapore, Malaysia, India).
 */
const FALLBACK_REGIONS: readonly CountryCode[] = ['HK', 'GB', 'US', 'AU', 'TW', 'SG', 'MY', 'IN'];
const REGION_WORDS: ReadonlyArray<[CountryCode, RegExp]> = [
  ['IN', /\bindia|indian\b/i], ['GB', /\b(uk|british|england|london)\b/i], ['US', /\b(us|usa|american|states)\b/i], ['HK', /香港|\bhong ?kong\b|\bhk\b/i],
  ['CA', /\bcanad/i], ['AU', /\baustralia|\baussie\b/i], ['TW', /台湾|\btaiwan/i], ['SG', /新加坡|\bsingapore|\bsg\b/i], ['MY', /马来西亚|\bmalaysia/i],
  ['MO', /澳门|\bmaca[uo]\b/i], ['NG', /尼日利亚|\bnigeria|\bnaija\b/i], ['PH', /菲律宾|\bphilippines?\b|\bpinoy\b|\bpo\b(?!\.?\s*box)/i],
  ['NL', /荷兰|\b(dutch|netherlands|holland)\b/i], ['RU', /俄罗斯|\brussian?\b/i], ['KR', /韩国|\b(korean?|south korea)\b/i], ['JP', /日本|\bjapan(ese)?\b/i], ['FR', /法国|\b(french|france)\b/i],
];

/** Runs of digits with the separators people type inside a number; bounded, so linear. */
const CANDIDATE = /\+?\d[\d\s\-()（）.]{5,24}\d/g;
const HAN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const EN_DIGITS: Record<string, string> = { zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const EN_DIGIT = /\b(?:(double|triple)\s+)?(zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b/gi;

/**
 * "一三八 四零零一 六六七八", "oh seven seven double oh…" (read aloud, typed by voice): spoken digits become
 * digits when there are enough to be a number.
 */
function spokenDigits(text: string): string {
  const count = (text.match(/[零〇一幺二两三四五六七八九]/g) ?? []).length;
  let out = count >= 7 ? text.replace(/[零〇一幺二两三四五六七八九]/g, (c) => HAN_DIGITS[c])
    // "幺五九，二零七三，八八幺六": the pauses written between groups read aloud are not separators of numbers.
    .replace(/(?<=\d)\s*[,，、]\s*(?=\d)/g, ' ') : text;
  // "13八37561四29", "一三九 12345678": Han digits typed inside or before a run of digits are digits
  // (before it, three or more in a row: "一 139…" is a word, not a digit).
  out = out.replace(/(?:\d|[零〇一幺二两三四五六七八九]{3})[\d零〇一幺二两三四五六七八九 -]{2,24}[\d零〇一幺二两三四五六七八九]/g, (run) => ((run.match(/\d/g) ?? []).length >= 4 ? run.replace(/[零〇一幺二两三四五六七八九]/g, (c) => HAN_DIGITS[c]) : run));
  if ((out.match(EN_DIGIT) ?? []).length >= 6) {
    out = out.replace(EN_DIGIT, (_w, times: string | undefined, d: string) => EN_DIGITS[d.toLowerCase()].repeat(times ? (/^d/i.test(times) ? 2 : 3) : 1))
      // "one three eight, zero zero one two, …": the pauses said between groups are not separators of numbers.
      .replace(/(?<=\d)\s*,\s*(?=\d)/g, ' ');
  }
  return out;
}

/** Ofcom keeps 07700 900000–900999 for drama and examples; people type it, and libphonenumber calls it invalid. */
const UK_EXAMPLE_MOBILE = /^\+447700900\d{3}$/;

function parse(raw: string, region: CountryCode) {
  const number = parsePhoneNumberFromString(raw, region);
  return number && (number.isValid() || (number.isPossible() && UK_EXAMPLE_MOBILE.test(number.number))) ? number : undefined;
}

function e164(raw: string, region: CountryCode): string | undefined {
  return parse(raw, region)?.number;
}

/** Where the digit groups break ("07700 900123" → 5), the shape a country writes its numbers in. */
function breaks(written: string): Set<number> {
  const at = new Set<number>();
  let digits = 0;
  for (const part of written.replace(/\(0\)/g, '').split(/[\s\-()（）.]+/)) {
    digits += (part.match(/\d/g) ?? []).length;
    at.add(digits);
  }
  at.delete(digits);
  at.delete(0);
  return at;
}

/**
 * A number without a country code that is valid in several regions (07700 900123 is a UK mobile and a
 * Fangchenggang landline): the region whose own way of grouping it matches the customer's grouping; on a
 * tie, the earlier region (the default first).
 */
/** Where hyphens are the usual separator (UK, Hong Kong and Australian numbers are spaced), a hyphenated number leans there. */
const HYPHEN_REGIONS: ReadonlySet<CountryCode> = new Set(['CN', 'TW', 'US', 'CA', 'MY', 'IN']);

/** Countries whose national numbers start with a trunk 0: written without it, a number is not theirs (984501234 is no Taiwan mobile). */
const TRUNK_ZERO: ReadonlySet<CountryCode> = new Set(['GB', 'AU', 'TW', 'MY']);

function byGrouping(candidate: string, compact: string, regions: readonly CountryCode[], named: ReadonlySet<CountryCode>): string | undefined {
  const typed = breaks(candidate);
  const hyphenated = /\d-\d/.test(candidate);
  let best: { number: string; score: number } | undefined;
  for (const [i, region] of regions.entries()) {
    // Only a higher score replaces the best, and no region can score above its bound: once none of
    // the rest can, their parses (the costly part) would not change the answer.
    if (best && regions.slice(i).every((rest) => scoreBound(rest, typed.size, hyphenated, named) <= best!.score)) break;
    if (TRUNK_ZERO.has(region) && !compact.startsWith('0')) continue;
    const number = region === 'CN' ? undefined : parse(compact, region);
    const national = region === 'CN' ? asMainland(compact) : number?.number;
    if (!national) continue;
    const format = region === 'CN' ? parsePhoneNumberFromString(national)!.formatNational() : number!.formatNational();
    // India writes its trunk 0 in the national form ("098450 12345"); the customer typed the number without it.
    const shape = compact.startsWith('0') ? format : format.replace(/^0/, '');
    const matched = [...breaks(shape)].filter((b) => typed.has(b)).length;
    // Grouped in a way that region never writes ("029-876543" is a Xi'an number a digit short, not Taipei's): not its number.
    if (typed.size && !matched && region !== regions[0]) continue;
    // "my Dutch mobile 06-…": a country the customer names outweighs how the digits are grouped.
    const score = matched + (hyphenated && HYPHEN_REGIONS.has(region) ? 0.5 : 0) + (named.has(region) ? 2 : 0);
    if (!best || score > best.score) best = { number: national, score };
  }
  return best?.number;
}

/** The most byGrouping can give a region: every typed break matched, the hyphen and the name bonus. */
function scoreBound(region: CountryCode, typedBreaks: number, hyphenated: boolean, named: ReadonlySet<CountryCode>): number {
  return typedBreaks + (hyphenated && HYPHEN_REGIONS.has(region) ? 0.5 : 0) + (named.has(region) ? 2 : 0);
}

/** A mainland number is a mobile (1[3-9] + 9 digits) or a landline with its 0-area code; anything else is not read as CN. */
function asMainland(compact: string): string | undefined {
  const national = compact.replace(/^(\+86|0086|86(?=1[3-9]\d{9}$))/, '');
  if (/^1[3-9]\d{9}$/.test(national) || /^0\d{9,11}$/.test(national) || /^(\+86|0086)/.test(compact)) return e164(national, 'CN');
  return undefined;
}

function readOne(candidate: string, regions: readonly CountryCode[], named: ReadonlySet<CountryCode>): string | undefined {
  // "+44 (0)7700 900456": the trunk 0 in brackets is dropped after a country code.
  const compact = candidate.replace(/\(0\)/g, '').replace(/[\s\-()（）.]/g, '');
  if (compact.startsWith('+') && !compact.startsWith('+86')) return e164(compact, 'US');
  if (compact.startsWith('00') && !compact.startsWith('0086')) return e164(`+${compact.slice(2)}`, 'US');
  // "852-9123 4567", "1-604-555-0123": a country code typed without its plus, set apart from the number.
  const code = compact.match(/^(852|853|886|44|61|65|60|91|1)/)?.[1];
  if (code && breaks(candidate).has(code.length)) {
    const international = e164(`+${compact}`, 'US');
    if (international) return international;
  }
  // Ten or twelve digits starting with 1 is a mainland mobile with a digit missing or extra, not a foreign number;
  // eleven, however grouped ("138 675 120 39"), is a mainland mobile, not a North American number with its 1.
  if (regions[0] === 'CN' && /^1\d{9}$|^1\d{11}$/.test(compact)) return undefined;
  if (regions[0] === 'CN' && /^1[3-9]\d{9}$/.test(compact)) return asMainland(compact);
  return byGrouping(candidate, compact, regions, named);
}

/**
 * A phone number in E.164, read with libphonenumber-js (full metadata: the small set checks only
 * lengths, and took the UK mobile 07911 123456 for a Nanchang landline): the default region first
 * (CN unless configured), then the regions the text names, then the others customers give.
 * Several numbers: the one after a self-correction, else a mobile before a landline.
 */
export function readPhone(text: string, defaultRegion = 'CN'): Reading | undefined {
  const spoken = spokenDigits(text);
  const named = new Set(REGION_WORDS.filter(([, p]) => p.test(text)).map(([r]) => r));
  const regions = [...new Set([defaultRegion as CountryCode, ...named, ...FALLBACK_REGIONS])];
  const corrected = afterSelfCorrection(spoken);
  for (const source of corrected === spoken ? [spoken] : [corrected, spoken]) {
    const numbers = (source.match(CANDIDATE) ?? []).map((c) => readOne(c, regions, named)).filter((n): n is string => Boolean(n));
    if (numbers.length) return { kind: 'value', field: FIELD, value: numbers.find((n) => /^\+861/.test(n)) ?? numbers[0] };
  }
  // "18672314 后面忘了": the customer says digits are missing; a short number alone is simply not a number.
  const digits = (spoken.match(/\d/g) ?? []).length;
  if (digits >= 4 && /后面|后几位|剩下|忘了|记不|\b(rest|forgot|missing)\b/i.test(spoken)) return { kind: 'partial', field: FIELD, known: {} };
  // "尾号4521", "后四位7730", "last 4 digits 5678": the end of a number, meant as the number; the dialog asks for all of it.
  if (digits >= 3 && /尾号|尾数|后[三四五3-5]位|末[三四3-5]位|\blast\s+(?:[3-5]|three|four|five)\b|\bends? (?:in|with)\b/i.test(spoken)) return { kind: 'partial', field: FIELD, known: {} };
  // "110", "12345": digits and nothing else are a number too short, whatever their count.
  if (digits >= 4 || /^[\d\s-]+$/.test(spoken.trim())) return { kind: 'invalid', field: FIELD, reason: 'too_short' };
  if (saysDontKnow(text.toLowerCase())) return { kind: 'partial', field: FIELD, known: {} };
  // "就这个号", "跟上回那个一样", "WeChat only": the number is meant but not written; the dialog asks for it.
  if (/这个号|本机|跟上[回次]|上[回次]那个|一样的?$|\b(this number|same number|same as (before|last time)|wechat only|whatsapp only|message (me )?on)\b/i.test(text)) return { kind: 'partial', field: FIELD, known: {} };
  return undefined;
}
