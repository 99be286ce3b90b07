/** Wall-clock fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * One formatter per time zone for the whole process: building an Intl.DateTimeFormat costs ~100 µs
 * (ICU loads the zone's rules), formatting with one ~2 µs, and a turn asks several times (bench).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The last answer per zone: a turn asks for "today" several times within the same minute. */
const lastAnswers = new Map<string, { minute: number; local: Readonly<LocalTime> }>();

/** What a clock on the wall in `timeZone` shows at `at`. Throws RangeError for an unknown zone. */
export function localTime(at: Date, timeZone: string): Readonly<LocalTime> {
  // Zone offsets are whole minutes, so every instant of one UTC minute shows the same wall minute.
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastAnswers.get(timeZone);
  if (last?.minute === minute) return last.local;
  const local: LocalTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type in local) local[part.type as keyof LocalTime] = Number(part.value);
  }
  lastAnswers.set(timeZone, { minute, local: Object.freeze(local) });
  return local;
}

/** Minutes the zone is ahead of UTC at that instant (Asia/Shanghai: 480); DST zones change with `at`. */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const { year, month, day, hour, minute } = localTime(at, timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
