import { describe, expect, it } from 'vitest';
import { localTime, zoneOffsetMinutes } from '../../src/time-zone.js';

describe('localTime and zoneOffsetMinutes', () => {
  it('reads the wall clock of a zone, midnight as hour 0', () => {
    expect(localTime(new Date('2026-01-01T16:30:00Z'), 'Asia/Shanghai')).toEqual({ year: 2026, month: 1, day: 2, hour: 0, minute: 30 });
    expect(zoneOffsetMinutes(new Date('2026-01-01T16:30:00Z'), 'Asia/Shanghai')).toBe(480);
  });

  it('answers each minute afresh, whatever was asked just before', () => {
    const zone = 'Asia/Shanghai';
    expect(localTime(new Date('2026-03-01T15:59:59.999Z'), zone)).toMatchObject({ day: 1, hour: 23, minute: 59 });
    expect(localTime(new Date('2026-03-01T16:00:00.000Z'), zone)).toMatchObject({ day: 2, hour: 0, minute: 0 });
    expect(localTime(new Date('2026-03-01T15:59:30.000Z'), zone)).toMatchObject({ day: 1, hour: 23, minute: 59 });
    expect(localTime(new Date('2026-03-01T15:59:30.000Z'), 'UTC')).toMatchObject({ day: 1, hour: 15, minute: 59 });
  });

  it('follows daylight saving time', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
  });

  it('refuses an unknown zone', () => {
    expect(() => localTime(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
