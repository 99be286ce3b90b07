import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Reading } from './reading.js';

const FIELD = 'phone' as const;
/** Where a number that does not fit the default region may be from, tried in order (corpus: UK, US, HK). */
const FALLBACK_REGIONS: readonly CountryCode[] = ['HK', 'GB', 'US'];

/** Runs of digits with the separators people type inside a number; bounded, so linear. */
const CANDIDATE = /\+?\d[\d\s\-()（）.]{5,24}\d/g;

function e164(raw: string, region: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(raw, region);
  return number?.isValid() ? number.number : undefined;
}

/**
 * A phone number in E.164, read with libphonenumber-js (full metadata: the small set checks only
 * lengths, and took the UK mobile 07911 123456 for a Nanchang landline): the default region first (CN unless
 * configured), then the regions customers of this service also give. Too few digits is `invalid`.
 */
export function readPhone(text: string, defaultRegion = 'CN'): Reading | undefined {
  const spoken = text.replace(/幺/g, '1').replace(/[零〇]/g, '0');
  const candidates = spoken.match(CANDIDATE) ?? [];
  const regions = [defaultRegion as CountryCode, ...FALLBACK_REGIONS.filter((r) => r !== defaultRegion)];
  let digitsSeen = 0;
  for (const candidate of candidates) {
    const compact = candidate.replace(/[\s\-()（）.]/g, '');
    digitsSeen = Math.max(digitsSeen, compact.replace(/\D/g, '').length);
    const tries = compact.startsWith('+') ? [compact] : compact.startsWith('00') ? [`+${compact.slice(2)}`] : [compact];
    for (const attempt of tries) {
      for (const region of attempt.startsWith('+') ? [defaultRegion as CountryCode] : regions) {
        const number = e164(attempt, region);
        if (number) return { kind: 'value', field: FIELD, value: number };
      }
    }
  }
  const loose = spoken.replace(/\D/g, '').length;
  if (candidates.length || loose >= 4) return { kind: 'invalid', field: FIELD, reason: 'too_short' };
  return undefined;
}
