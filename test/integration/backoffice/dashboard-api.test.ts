import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { ConversationEvent } from '../../../src/bot/conversation-events.js';
import type { TicketEvent } from '../../../src/tickets/ticket.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { STAFF, STAFF_TOKENS_ENV } from '../../helpers/kb-copy.js';
import { sampleDraft } from '../../contracts/sample-records.js';

/*
 * A seeded week with known answers (times UTC; the report's days are Asia/Shanghai, UTC+8):
 *   c1 web     18th: washer-not-draining answered and resolved, rated 5       → self-service
 *   c2 web     18th: washer-not-draining answered, ticket T1 opened, rated 2
 *   c3 wechat  19th: fridge-not-cooling resolved, but also handed off (waited 4 min)
 *   c4 wechat  19th: handed off through the real queue, claimed after 10 min, rated 4
 *   c5 msteams 17th local: outside the range
 *   c6 web     19th 23:30 local: fridge-not-cooling resolved                     → self-service
 *   T1 (c2): dispatched after 1 h, on site after 3 h, progress report every < 6 h, closed → all met
 *   T2: still open 34 h later, nobody reached it → response, on-site and progress all missed
 */
const NOW = '2026-11-20T12:00:00.000Z';
let server: TestApp;
const clock = new ManualClock(NOW);

const event = (at: string, kind: ConversationEvent['kind'], conversationId: string, channel: string, extra: Partial<ConversationEvent> = {}): ConversationEvent =>
  ({ at, kind, conversationId, channel, ...extra });

async function seed(app: TestApp['app']): Promise<void> {
  const events = [
    event('2026-11-18T02:00:00.000Z', 'started', 'c1', 'web'),
    event('2026-11-18T02:01:00.000Z', 'answered', 'c1', 'web', { articleId: 'washer-not-draining' }),
    event('2026-11-18T02:05:00.000Z', 'resolved', 'c1', 'web', { articleId: 'washer-not-draining' }),
    event('2026-11-18T02:06:00.000Z', 'rated', 'c1', 'web', { rating: 5, articleId: 'washer-not-draining' }),
    event('2026-11-18T03:00:00.000Z', 'started', 'c2', 'web'),
    event('2026-11-18T03:01:00.000Z', 'answered', 'c2', 'web', { articleId: 'washer-not-draining' }),
    event('2026-11-18T03:20:00.000Z', 'rated', 'c2', 'web', { rating: 2, articleId: 'washer-not-draining' }),
    event('2026-11-18T12:00:00.000Z', 'progress-sent', 'c2', 'web', { ticketId: 'T1' }),
    event('2026-11-18T18:00:00.000Z', 'progress-sent', 'c2', 'web', { ticketId: 'T1' }),
    event('2026-11-19T01:00:00.000Z', 'started', 'c3', 'wechat'),
    event('2026-11-19T01:01:00.000Z', 'answered', 'c3', 'wechat', { articleId: 'fridge-not-cooling' }),
    event('2026-11-19T01:02:00.000Z', 'resolved', 'c3', 'wechat', { articleId: 'fridge-not-cooling' }),
    event('2026-11-19T01:03:00.000Z', 'handed-off', 'c3', 'wechat'),
    event('2026-11-19T01:07:00.000Z', 'claimed', 'c3', 'wechat', { waitMs: 4 * 60_000 }),
    event('2026-11-19T05:00:00.000Z', 'started', 'c4', 'wechat'),
    event('2026-11-19T05:30:00.000Z', 'rated', 'c4', 'wechat', { rating: 4 }),
    event('2026-11-17T15:00:00.000Z', 'started', 'c5', 'msteams'),
    event('2026-11-19T15:30:00.000Z', 'started', 'c6', 'web'),
    event('2026-11-19T15:31:00.000Z', 'answered', 'c6', 'web', { articleId: 'fridge-not-cooling' }),
    event('2026-11-19T15:35:00.000Z', 'resolved', 'c6', 'web', { articleId: 'fridge-not-cooling' }),
  ];
  for (const e of events) await app.stores.conversationEvents.record(e);
  const c4 = { channel: 'wechat', userId: 'u4', conversationId: 'c4' };
  await app.stores.handoffs.enqueue({ conversationId: 'c4', customer: c4, language: 'zh', reason: 'asked', priority: 'normal', requestedAt: '2026-11-19T05:01:00.000Z' });
  await app.stores.handoffs.claim('c4', 'andy', '2026-11-19T05:11:00.000Z');

  const at = (h: number) => new Date(Date.parse('2026-11-18T03:10:00.000Z') + h * 3_600_000).toISOString();
  const history: TicketEvent[] = [
    { at: at(0), by: 'bot', from: null, to: 'open' },
    { at: at(1), by: 'andy', from: 'open', to: 'dispatched' },
    { at: at(3), by: 'andy', from: 'dispatched', to: 'in_progress' },
    { at: at(16), by: 'andy', from: 'in_progress', to: 'awaiting_confirmation' },
    { at: at(17), by: 'andy', from: 'awaiting_confirmation', to: 'closed' },
  ];
  const t1 = await app.stores.tickets.create(sampleDraft({
    customer: { channel: 'web', userId: 'u2', conversationId: 'c2' }, articleId: 'washer-not-draining', status: 'closed',
    createdAt: at(0), updatedAt: at(17), responseDueAt: at(2), onSiteDueAt: at(4), history,
  }), '20261118');
  // Progress reports name the ticket by number, known only now.
  for (const e of events.filter((x) => x.ticketId === 'T1')) await app.stores.conversationEvents.record({ ...e, ticketId: t1.id });
  await app.stores.tickets.create(sampleDraft({
    customer: { channel: 'wechat', userId: 'u7', conversationId: 'c7' }, articleId: undefined, product: 'refrigerator',
    createdAt: '2026-11-19T02:00:00.000Z', updatedAt: '2026-11-19T02:00:00.000Z',
    responseDueAt: '2026-11-19T04:00:00.000Z', onSiteDueAt: '2026-11-19T06:00:00.000Z',
    history: [{ at: '2026-11-19T02:00:00.000Z', by: 'bot', from: null, to: 'open' }],
  }), '20261119');
}

beforeAll(async () => {
  server = await startTestApp({ clock, env: { STAFF_TOKENS: STAFF_TOKENS_ENV, TIMEZONE: 'Asia/Shanghai' }, startSlaClock: false });
  await seed(server.app);
});
afterAll(async () => { await server?.close(); });

async function summary(query: string, token: string = STAFF.supervisor) {
  const response = await server.app.server.inject({ method: 'GET', url: `/api/reports/summary?${query}`, headers: { authorization: `Bearer ${token}` } });
  return response;
}

describe('the supervisors’ summary over a seeded week', () => {
  it('is for supervisors only', async () => {
    expect((await summary('from=2026-11-18&to=2026-11-19', STAFF.trainer)).statusCode).toBe(403);
    expect((await summary('from=2026-11-18&to=2026-11-19', STAFF.agent)).statusCode).toBe(403);
  });

  it('computes every figure from the stored events and tickets', async () => {
    const s = (await summary('from=2026-11-18&to=2026-11-19')).json();
    expect(s.range).toEqual({ from: '2026-11-17T16:00:00.000Z', to: '2026-11-19T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
    expect(s.conversations).toEqual({ total: 5, byChannel: { web: 3, wechat: 2 }, byDay: [{ day: '2026-11-18', count: 2 }, { day: '2026-11-19', count: 3 }] });
    expect(s.selfService).toEqual({ resolved: 2, total: 5, rate: 0.4 });
    expect(s.tickets.opened).toBe(2);
    expect(s.tickets.byDay).toEqual([{ day: '2026-11-18', count: 1 }, { day: '2026-11-19', count: 1 }]);
    expect(s.sla).toEqual({
      response: { met: 1, missed: 1, pending: 0, rate: 0.5 },
      onSite: { met: 1, missed: 1, pending: 0, rate: 0.5 },
      progress: { met: 1, missed: 1, pending: 0, rate: 0.5 },
    });
    expect(s.csat).toEqual({ average: 3.667, count: 3, byDay: [{ day: '2026-11-18', average: 3.5, count: 2 }, { day: '2026-11-19', average: 4, count: 1 }] });
    expect(s.articles.mostUsed).toEqual([
      { articleId: 'fridge-not-cooling', used: 2, resolved: 2, ticketed: 0, failureRate: 0, ratings: 0 },
      { articleId: 'washer-not-draining', used: 2, resolved: 1, ticketed: 1, failureRate: 0.5, csat: 3.5, ratings: 2 },
    ]);
    expect(s.articles.mostFailing.map((a: { articleId: string }) => a.articleId)).toEqual(['washer-not-draining']);
    expect(s.queueWait).toMatchObject({ count: 2, averageMinutes: 7, p50Minutes: 4, p90Minutes: 10, maxMinutes: 10 });
  });

  it('exports the same figures as CSV', async () => {
    const response = await summary('from=2026-11-18&to=2026-11-19&format=csv');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('attachment');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('section,item,day,value');
    expect(lines).toEqual(expect.arrayContaining(['conversations,total,,5', 'conversations,channel:web,,3', 'self-service,rate,,0.4', 'sla,response:rate,,0.5', 'queue-wait,average-minutes,,7']));
  });

  it('refuses a range that ends before it starts', async () => {
    expect((await summary('from=2026-11-19&to=2026-11-18')).statusCode).toBe(400);
  });
});
