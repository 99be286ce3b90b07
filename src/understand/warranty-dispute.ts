import { correctionReading } from './correction.js';
import { readField } from './read-field.js';
import type { Reading, UnderstandContext } from './reading.js';

/**
 * "过保了？不可能吧 我前年十月才买的", "Past warranty?? I bought it in March last year": at the quote a
 * customer who disputes the warranty and says the month they bought it is correcting the purchase date,
 * and the intake re-decides the warranty from the new one. A year alone ("前年买的 咋就过保了") or the
 * month already stored (or no stored month at all) leaves a question about the warranty, which the intake answers.
 */
const DISPUTES = /过保|过了保|保修|保固|保内|保[一二两三四五1-5]年|\b(past|out of|outside( of)?) (the )?warrant|\bwarrant|\bcovered\b/i;
const BOUGHT = /买|購|购|\b(bought|purchased?)\b/i;

export function disputedPurchaseDate(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  if (!DISPUTES.test(lower) || !BOUGHT.test(lower)) return undefined;
  // Only against a stored month: with nothing to correct, the dispute is a question about the warranty.
  const stored = context.stored?.purchase_date?.slice(0, 7);
  if (!stored) return undefined;
  const date = readField('purchase_date', text, lower, context);
  if (date?.kind !== 'value' || date.value === stored) return undefined;
  return correctionReading('purchase_date', date);
}
