import { describe, expect, it } from 'vitest';
import { parsePhone, maskPhone } from '../../../src/tickets/parse-phone.js';
import { parsePurchaseDate } from '../../../src/tickets/parse-purchase-date.js';
import { parseVisitSlot, slotsAfter } from '../../../src/tickets/parse-visit-slot.js';
import { warrantyStatus } from '../../../src/tickets/warranty.js';
import { slaDeadlines } from '../../../src/tickets/sla.js';

// Friday.
const TODAY = '2026-11-20';

describe('parsePhone', () => {
  it.each([
    // E.164 (issue 14): one form for mainland, UK, US and HK numbers alike.
    ['139 1234 5678', '+8613912345678'],
    ['+86 139-1234-5678', '+8613912345678'],
    ['我的电话是13912345678', '+8613912345678'],
    ['021-12345678', '+862112345678'],
    ['07911 123456', '+447911123456'],
    ['(415) 555-2671', '+14155552671'],
    ['+447911123456', '+447911123456'],
    ['12345', undefined],
    ['12912345678', undefined],
    ['电话是 123', undefined],
  ])('%s → %s', (text, phone) => { expect(parsePhone(text)).toBe(phone); });

  it('masks all but the first three and last four digits', () => { expect(maskPhone('13912345678')).toBe('139****5678'); });
});

describe('parsePurchaseDate', () => {
  it.each([
    ['2025-03-12', { ok: true, date: '2025-03-12' }],
    ['2025年3月', { ok: true, date: '2025-03-01' }],
    ['去年5月', { ok: true, date: '2025-05-01' }],
    ['今年3月', { ok: true, date: '2026-03-01' }],
    ['上个月', { ok: true, date: '2026-10-01' }],
    ['March 2025', { ok: true, date: '2025-03-01' }],
    // "last May" is last year's May, as the blind corpus authors label it (issue 14).
    ['last May', { ok: true, date: '2025-05-01' }],
    ['去年', { ok: false, reason: 'partial' }],
    ['去年12月20号', { ok: true, date: '2025-12-20' }],
    ['December', { ok: true, date: '2025-12-01' }],
    ['2027年1月', { ok: false, reason: 'future' }],
    ['明年3月', { ok: false, reason: 'future' }],
    ['1980年1月', { ok: false, reason: 'too-old' }],
    ['随便', { ok: false, reason: 'unreadable' }],
    ['2025年13月', { ok: false, reason: 'unreadable' }],
  ])('%s → %o', (text, result) => { expect(parsePurchaseDate(text, TODAY)).toEqual(result); });
});

describe('parseVisitSlot', () => {
  it.each([
    ['明天上午', { date: '2026-11-21', period: 'morning' }],
    ['后天下午', { date: '2026-11-22', period: 'afternoon' }],
    ['周三晚上', { date: '2026-11-25', period: 'evening' }],
    ['下周三', { date: '2026-11-25', period: 'morning' }],
    ['周五', { date: '2026-11-27', period: 'morning' }],
    ['next Friday afternoon', { date: '2026-11-27', period: 'afternoon' }],
    ['11月25日上午', { date: '2026-11-25', period: 'morning' }],
    // Two weeks ago is a past date said as such, not silently next year's (issue 14: no silent misreadings).
    ['11月3日', undefined],
    ['Dec 1 pm', { date: '2026-12-01', period: 'afternoon' }],
    ['tomorrow morning', { date: '2026-11-21', period: 'morning' }],
    ['昨天', undefined],
    ['今天下午', undefined],
    ['随便', undefined],
  ])('%s → %o', (text, slot) => { expect(parseVisitSlot(text, TODAY)).toEqual(slot); });

  it('rolls over the month and the year', () => {
    expect(parseVisitSlot('明天', '2026-11-30')).toEqual({ date: '2026-12-01', period: 'morning' });
    expect(parseVisitSlot('后天', '2026-12-31')).toEqual({ date: '2027-01-02', period: 'morning' });
  });

  it('lists the slots after a full one in order, across days', () => {
    expect(slotsAfter({ date: TODAY, period: 'afternoon' }, 3)).toEqual([
      { date: TODAY, period: 'evening' }, { date: '2026-11-21', period: 'morning' }, { date: '2026-11-21', period: 'afternoon' },
    ]);
  });
});

describe('warrantyStatus', () => {
  it.each([
    ['2025-11-20', 'in'], ['2025-11-19', 'out'], ['2026-03-01', 'in'], ['2024-03-01', 'out'],
  ])('bought %s, 12 months → %s on 2026-11-20', (bought, status) => { expect(warrantyStatus(bought, TODAY, 12)).toBe(status); });
});

describe('slaDeadlines', () => {
  const policy = { responseHours: 2, onSiteHours: 4, progressHours: 6 };
  const at = new Date('2026-11-20T02:00:00Z');
  it('sets the response 2 h and the on-site deadline 4 h after the report', () => {
    expect(slaDeadlines(at, policy, 'normal')).toEqual({ responseDueAt: '2026-11-20T04:00:00.000Z', onSiteDueAt: '2026-11-20T06:00:00.000Z' });
  });
  it('halves the on-site time for urgent (safety) tickets', () => {
    expect(slaDeadlines(at, policy, 'urgent').onSiteDueAt).toBe('2026-11-20T04:00:00.000Z');
  });
});
