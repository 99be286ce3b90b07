import { localTime } from '../time-zone.js';
import { AppError } from '../errors.js';

/** When agents are at work, as minutes after local midnight in `timeZone`; end may pass midnight. */
export interface WorkingHours {
  startMinute: number;
  endMinute: number;
  timeZone: string;
  /** As configured, "09:00-18:00": shown to customers unchanged. */
  text: string;
}

/** "09:00-18:00" → WorkingHours; "22:00-06:00" is a night desk across midnight. */
export function parseWorkingHours(text: string, timeZone: string): WorkingHours {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) throw new AppError('CONFIG_INVALID', 'WORKING_HOURS must look like 09:00-18:00.', { details: { field: 'WORKING_HOURS' } });
  const [, sh, sm, eh, em] = match.map(Number);
  const startMinute = sh * 60 + sm;
  const endMinute = eh * 60 + em;
  if (startMinute === endMinute || startMinute >= 24 * 60) {
    throw new AppError('CONFIG_INVALID', 'WORKING_HOURS must start and end at different times.', { details: { field: 'WORKING_HOURS' } });
  }
  return { startMinute, endMinute, timeZone, text: text.trim() };
}

/** Minutes after local midnight of `at` in `timeZone`. */
export function localMinuteOfDay(at: Date, timeZone: string): number {
  const { hour, minute } = localTime(at, timeZone);
  return hour * 60 + minute;
}

/** True when `at` falls inside the hours; no hours configured means an always-staffed desk. */
export function isStaffed(at: Date, hours: WorkingHours | undefined): boolean {
  if (!hours) return true;
  const minute = localMinuteOfDay(at, hours.timeZone);
  return hours.startMinute < hours.endMinute
    ? minute >= hours.startMinute && minute < hours.endMinute
    : minute >= hours.startMinute || minute < hours.endMinute;
}

/** "09:00": when the desk next opens, in its own time zone. */
export function openingTime(hours: WorkingHours): string {
  return hours.text.slice(0, 5);
}
