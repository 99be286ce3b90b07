import { describe, expect, it } from 'vitest';
import { isStaffed, parseWorkingHours } from '../../../src/handoff/working-hours.js';

describe('working hours', () => {
  const day = parseWorkingHours('09:00-18:00', 'Asia/Shanghai');
  const night = parseWorkingHours('22:00-06:00', 'Asia/Shanghai');

  it.each([
    ['2026-11-20T00:59:00Z', false], // 08:59 Shanghai
    ['2026-11-20T01:00:00Z', true], // 09:00
    ['2026-11-20T09:59:00Z', true], // 17:59
    ['2026-11-20T10:00:00Z', false], // 18:00: the end is exclusive
  ])('a 09:00-18:00 desk at %s is staffed: %s', (at, staffed) => {
    expect(isStaffed(new Date(at), day)).toBe(staffed);
  });

  it('handles a night desk across midnight, and treats no hours as always staffed', () => {
    expect(isStaffed(new Date('2026-11-20T15:00:00Z'), night)).toBe(true); // 23:00
    expect(isStaffed(new Date('2026-11-20T21:00:00Z'), night)).toBe(true); // 05:00
    expect(isStaffed(new Date('2026-11-20T04:00:00Z'), night)).toBe(false); // 12:00
    expect(isStaffed(new Date('2026-11-20T04:00:00Z'), undefined)).toBe(true);
  });

  it('refuses malformed or empty hours', () => {
    expect(() => parseWorkingHours('9-18', 'Asia/Shanghai')).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    expect(() => parseWorkingHours('09:00-09:00', 'Asia/Shanghai')).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
