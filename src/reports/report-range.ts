import { AppError } from '../errors.js';
import { addDays, localDate } from '../tickets/local-date.js';
import { zoneOffsetMinutes } from '../time-zone.js';

export interface ReportRange {
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Calendar days (YYYY-MM-DD, in the report's time zone) the range covers, for daily series. */
  days: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight at the start of a calendar day in a time zone. */
export function startOfDay(day: string, timeZone: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  return new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
}

export function parseBound(text: string, timeZone: string, end: boolean): Date {
  if (DAY.test(text)) return startOfDay(end ? addDays(text, 1) : text, timeZone);
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) {
    throw new AppError('HTTP_BAD_REQUEST', `"${text}" is not a date: use YYYY-MM-DD or an ISO date-time.`, { details: { value: text } });
  }
  return at;
}

/**
 * `from` and `to` as supervisors type them: days (both inclusive, in the deployment's time zone) or
 * ISO instants; by default the last 7 days up to now.
 */
export function reportRange(query: { from?: string; to?: string }, now: Date, timeZone: string): ReportRange {
  const to = query.to ? parseBound(query.to, timeZone, true) : now;
  const from = query.from ? parseBound(query.from, timeZone, false) : startOfDay(addDays(localDate(now, timeZone), -6), timeZone);
  if (from.getTime() >= to.getTime()) throw new AppError('HTTP_BAD_REQUEST', '`from` must be before `to`.', { details: { from: query.from, to: query.to } });
  if (to.getTime() - from.getTime() > 400 * 86_400_000) throw new AppError('HTTP_BAD_REQUEST', 'A report covers at most 400 days.');
  const days: string[] = [];
  for (let day = localDate(from, timeZone); startOfDay(day, timeZone) < to; day = addDays(day, 1)) days.push(day);
  return { from, to, days };
}
