import { readPhone } from '../understand/phone.js';

/**
 * A phone number in E.164 (+8613912345678, +447911123456), or undefined. Read by the understanding
 * layer (libphonenumber-js), with `region` for numbers written without a country code.
 */
export function parsePhone(text: string, region = 'CN'): string | undefined {
  const reading = readPhone(text.slice(0, 300).normalize('NFKC'), region);
  return reading?.kind === 'value' ? reading.value : undefined;
}

/** 139****5678: enough for the customer to recognise their number, not enough to leak it. */
export function maskPhone(phone: string): string {
  const national = phone.replace(/^\+86/, '');
  return national.length <= 7 ? '****' : `${national.slice(0, 3)}****${national.slice(-4)}`;
}
