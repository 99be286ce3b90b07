/**
 * Finds a phone number in what the customer typed and returns it normalised (digits, leading +
 * kept), or undefined. Accepts mainland mobiles (11 digits starting 1[3-9]), landlines with area
 * code (0xx-xxxxxxxx) and international numbers (+ and 8–15 digits). Spaces and dashes are ignored.
 */
export function parsePhone(text: string): string | undefined {
  const compact = text.replace(/[\s\-()（）]/g, '');
  const candidates = compact.match(/\+?\d{7,16}/g) ?? [];
  for (const raw of candidates) {
    const digits = raw.replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
    if (/^1[3-9]\d{9}$/.test(digits)) return digits;
    if (/^0\d{9,11}$/.test(digits)) return digits;
    if (/^\+\d{8,15}$/.test(raw)) return raw;
  }
  return undefined;
}

/** 138****5678: enough for the customer to recognise their number, not enough to leak it. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
