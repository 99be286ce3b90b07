import { describe, expect, it } from 'vitest';
import { slaDeadlines } from '../../../src/tickets/sla.js';
import { visitWindowEnd } from '../../../src/tickets/visit-window.js';

const policy = { responseHours: 2, onSiteHours: 4, progressHours: 6 };
const created = new Date('2026-11-23T02:00:00Z'); // 10:00 in Shanghai

describe('SLA deadlines', () => {
  it.each([
    ['morning', '2026-11-24T04:00:00.000Z'],
    ['afternoon', '2026-11-24T10:00:00.000Z'],
    ['evening', '2026-11-24T13:00:00.000Z'],
  ] as const)('ends a %s visit window at its local closing hour', (period, expected) => {
    expect(visitWindowEnd({ date: '2026-11-24', period }, 'Asia/Shanghai').toISOString()).toBe(expected);
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(visitWindowEnd({ date: '2026-07-01', period: 'morning' }, 'Europe/London').toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(visitWindowEnd({ date: '2026-12-01', period: 'morning' }, 'Europe/London').toISOString()).toBe('2026-12-01T12:00:00.000Z');
  });

  it('sets response due 2 h after the report', () => {
    expect(slaDeadlines(created, policy, 'normal').responseDueAt).toBe('2026-11-23T04:00:00.000Z');
  });

  it('makes a booked visit due at the end of its window, not 4 h after the report', () => {
    const windowEnd = visitWindowEnd({ date: '2026-11-24', period: 'afternoon' }, 'Asia/Shanghai');
    expect(slaDeadlines(created, policy, 'normal', windowEnd).onSiteDueAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps an urgent ticket at half the on-site commitment whatever was booked', () => {
    const windowEnd = visitWindowEnd({ date: '2026-11-24', period: 'afternoon' }, 'Asia/Shanghai');
    expect(slaDeadlines(created, policy, 'urgent', windowEnd).onSiteDueAt).toBe('2026-11-23T04:00:00.000Z');
  });
});
