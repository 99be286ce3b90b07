import type { VisitSlot } from './ticket.js';
import { zoneOffsetMinutes } from '../time-zone.js';

/** Local hour at which each half-day visit window closes: the engineer must be on site by then. */
const WINDOW_END_HOUR: Record<VisitSlot['period'], number> = { morning: 12, afternoon: 18, evening: 21 };

/** The instant the booked visit window ends, in the customer's time zone. */
export function visitWindowEnd(slot: VisitSlot, timeZone: string): Date {
  const [year, month, day] = slot.date.split('-').map(Number);
  const naive = new Date(Date.UTC(year, month - 1, day, WINDOW_END_HOUR[slot.period]));
  return new Date(naive.getTime() - zoneOffsetMinutes(naive, timeZone) * 60_000);
}
