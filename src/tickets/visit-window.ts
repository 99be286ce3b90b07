import type { VisitSlot } from './ticket.js';

/** Local hour at which each half-day visit window closes: the engineer must be on site by then. */
const WINDOW_END_HOUR: Record<VisitSlot['period'], number> = { morning: 12, afternoon: 18, evening: 21 };

/** Minutes the zone is ahead of UTC at `at` (480 for Asia/Shanghai), read from Intl so DST zones work too. */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant the booked visit window ends, in the customer's time zone. */
export function visitWindowEnd(slot: VisitSlot, timeZone: string): Date {
  const [year, month, day] = slot.date.split('-').map(Number);
  const naive = new Date(Date.UTC(year, month - 1, day, WINDOW_END_HOUR[slot.period]));
  return new Date(naive.getTime() - zoneOffsetMinutes(naive, timeZone) * 60_000);
}
