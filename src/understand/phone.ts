import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Reading } from './reading.js';
import { afterSelfCorrection } from './segments.js';
import { saysDontKnow } from './yes-no.js';

const FIELD = 'phone' as const;
/** Where a number that does not fit the default region may be from, tried in order (corpus: HK, UK, US, India). */
const FALLBACK_REGIONS: readonly CountryCode[] = ['HK', 'GB', 'US', 'IN'];
const REGION_WORDS: ReadonlyArray<[CountryCode, RegExp]> = [
  ['IN', /\bindia|indian\b/i], ['GB', /\b(uk|british|england|london)\b/i], ['US', /\b(us|usa|american|states)\b/i], ['HK', /香港|\bhong ?kong\b|\bhk\b/i],
];

/** Runs of digits with the separators people type inside a number; bounded, so linear. */
const CANDIDATE = /\+?\d[\d\s\-()（）.]{5,24}\d/g;
const HAN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "一三八 四零零一 六六七八" (read aloud, typed by voice): Han digits become digits when there are enough to be a number. */
function spokenDigits(text: string): string {
  const count = (text.match(/[零〇一幺二两三四五六七八九]/g) ?? []).length;
  return count >= 7 ? text.replace(/[零〇一幺二两三四五六七八九]/g, (c) => HAN_DIGITS[c]) : text;
}

function e164(raw: string, region: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(raw, region);
  return number?.isValid() ? number.number : undefined;
}

/** A mainland number is a mobile (1[3-9] + 9 digits) or a landline with its 0-area code; anything else is not read as CN. */
function asMainland(compact: string): string | undefined {
  const national = compact.replace(/^(\+86|0086|86(?=1[3-9]\d{9}$))/, '');
  if (/^1[3-9]\d{9}$/.test(national) || /^0\d{9,11}$/.test(national) || /^(\+86|0086)/.test(compact)) return e164(national, 'CN');
  return undefined;
}

function readOne(candidate: string, regions: readonly CountryCode[]): string | undefined {
  // "+44 (0)7700 900456": the trunk 0 in brackets is dropped after a country code.
  const compact = candidate.replace(/\(0\)/g, '').replace(/[\s\-()（）.]/g, '');
  if (compact.startsWith('+') && !compact.startsWith('+86')) return e164(compact, 'US');
  if (compact.startsWith('00') && !compact.startsWith('0086')) return e164(`+${compact.slice(2)}`, 'US');
  if (regions[0] === 'CN') {
    const mainland = asMainland(compact);
    if (mainland) return mainland;
    // Ten or twelve digits starting with 1 is a mobile with a digit missing or extra, not a foreign number.
    if (/^1\d{9}$|^1\d{11}$/.test(compact)) return undefined;
  }
  for (const region of regions) {
    if (region === 'CN') continue;
    const number = e164(compact, region);
    if (number) return number;
  }
  return regions[0] === 'CN' ? undefined : e164(compact, regions[0]);
}

/**
 * A phone number in E.164, read with libphonenumber-js (full metadata: the small set checks only
 * lengths, and took the UK mobile 07911 123456 for a Nanchang landline): the default region first
 * (CN unless configured), then the regions the text names, then the others customers give.
 * Several numbers: the one after a self-correction, else a mobile before a landline.
 */
export function readPhone(text: string, defaultRegion = 'CN'): Reading | undefined {
  const spoken = spokenDigits(text);
  const named = REGION_WORDS.filter(([, p]) => p.test(text)).map(([r]) => r);
  const regions = [...new Set([defaultRegion as CountryCode, ...named, ...FALLBACK_REGIONS])];
  const corrected = afterSelfCorrection(spoken);
  for (const source of corrected === spoken ? [spoken] : [corrected, spoken]) {
    const numbers = (source.match(CANDIDATE) ?? []).map((c) => readOne(c, regions)).filter((n): n is string => Boolean(n));
    if (numbers.length) return { kind: 'value', field: FIELD, value: numbers.find((n) => /^\+861/.test(n)) ?? numbers[0] };
  }
  // "18672314 后面忘了": the customer says digits are missing; a short number alone is simply not a number.
  const digits = (spoken.match(/\d/g) ?? []).length;
  if (digits >= 4 && /后面|后几位|剩下|忘了|记不|\b(rest|forgot|missing)\b/i.test(spoken)) return { kind: 'partial', field: FIELD, known: {} };
  if (digits >= 4) return { kind: 'invalid', field: FIELD, reason: 'too_short' };
  if (saysDontKnow(text.toLowerCase())) return { kind: 'partial', field: FIELD, known: {} };
  return undefined;
}
