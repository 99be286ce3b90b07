import { describe, expect, it } from 'vitest';
import { addDays, localDate, weekday } from '../../../src/tickets/local-date.js';

describe('localDate', () => {
  it.each([
    ['2026-11-23T15:59:59Z', 'Asia/Shanghai', '2026-11-23'],
    ['2026-11-23T16:00:00Z', 'Asia/Shanghai', '2026-11-24'],
    ['2026-11-23T16:00:00Z', 'America/Los_Angeles', '2026-11-23'],
    ['2026-01-01T04:59:59Z', 'America/New_York', '2025-12-31'],
  ])('gives the calendar date of %s in %s', (at, zone, expected) => {
    expect(localDate(new Date(at), zone)).toBe(expected);
  });

  it('keeps each time zone apart when several are used in turn (formatters are cached per zone)', () => {
    const at = new Date('2026-11-23T20:00:00Z');
    const dates = ['Asia/Shanghai', 'UTC', 'Asia/Shanghai', 'Pacific/Honolulu'].map((zone) => localDate(at, zone));
    expect(dates).toEqual(['2026-11-24', '2026-11-23', '2026-11-24', '2026-11-23']);
  });

  it('rejects an unknown time zone every time, not only the first', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays and weekday', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekday('2026-11-23')).toBe(1);
  });
});
