import type { VisitSlot } from './ticket.js';
import { addDays } from './local-date.js';
import { normalize } from '../understand/normalize.js';
import { readVisitTime } from '../understand/visit-time.js';

/**
 * A preferred visit time read by the understanding layer: 明天上午, 周三晚上, 11月25日上午,
 * next Friday afternoon. A day without a period → morning (a reschedule keeps it simple). Only
 * future days count: the engineer cannot come in the past, and same-day visits go through the
 * urgent path.
 */
export function parseVisitSlot(text: string, today: string): VisitSlot | undefined {
  const reading = readVisitTime(normalize(text).lower, today);
  const date = reading?.kind === 'value' ? reading.visit?.date : reading?.kind === 'partial' ? reading.known.date : undefined;
  if (!date || date <= today) return undefined;
  const period = reading?.kind === 'value' ? reading.visit?.period : undefined;
  return { date, period: !period || period === 'any' ? 'morning' : period };
}

/** Slots after `from`, in order, for offering alternatives when the requested one is full. */
export function slotsAfter(from: VisitSlot, count: number): VisitSlot[] {
  const periods: VisitSlot['period'][] = ['morning', 'afternoon', 'evening'];
  const out: VisitSlot[] = [];
  let date = from.date;
  let index = periods.indexOf(from.period) + 1;
  while (out.length < count) {
    if (index >= periods.length) { index = 0; date = addDays(date, 1); }
    out.push({ date, period: periods[index] });
    index += 1;
  }
  return out;
}
