import { normalize } from '../understand/normalize.js';
import { readPurchaseDate } from '../understand/purchase-date.js';

export type PurchaseDateResult =
  | { ok: true; date: string }
  | { ok: false; reason: 'unreadable' | 'future' | 'too-old' | 'partial' };

/**
 * A purchase date (YYYY-MM-DD; the 1st when only the month is known) read by the understanding
 * layer. Only a year ("去年") is `partial`: the month is asked, never guessed. `today` is YYYY-MM-DD.
 */
export function parsePurchaseDate(text: string, today: string): PurchaseDateResult {
  const reading = readPurchaseDate(normalize(text).lower, today);
  if (reading?.kind === 'value') return { ok: true, date: reading.date ?? `${reading.value}-01` };
  if (reading?.kind === 'partial') return { ok: false, reason: 'partial' };
  if (reading?.kind === 'invalid' && reading.reason === 'future') return { ok: false, reason: 'future' };
  if (reading?.kind === 'invalid' && reading.reason === 'too_old') return { ok: false, reason: 'too-old' };
  return { ok: false, reason: 'unreadable' };
}
