import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** Issue 17, item 3: the trainers' unanswered report is masked once on the way in, and paged on the way out. */
describe('GET /api/kb/unanswered', () => {
  let server: TestApp;
  beforeAll(async () => { server = await startTestApp({ startSlaClock: false }); });
  afterAll(async () => { await server?.close(); });

  const base = { conversationId: 'c', channel: 'web', language: 'zh' as const, reason: 'none' as const };
  const report = (query = '') => server.app.server.inject({ method: 'GET', url: `/api/kb/unanswered${query}`, headers: { authorization: `Bearer ${server.app.adminToken}` } });

  it('stores a question with its personal data already masked', async () => {
    await server.app.stores.unanswered.record({ ...base, at: '2026-11-18T02:00:00.000Z', question: '我叫欧阳锋，电话13912345678，住在朝阳路88号3栋，扫地机不回充' });
    const [stored] = await server.app.stores.unanswered.list(1);
    expect(stored.question).not.toMatch(/欧阳锋|13912345678|朝阳路/);
    expect(stored.masked).toBe(true);
  });

  it('answers in well under a second with 61 hostile 2,000-character questions stored, one page at a time', async () => {
    for (let i = 0; i < 61; i++) {
      await server.app.stores.unanswered.record({ ...base, at: new Date(Date.UTC(2026, 10, 18, 3, i)).toISOString(), question: (i % 2 ? '市' : '号市1').repeat(2000).slice(0, 2000) });
    }
    const started = performance.now();
    const answer = await report('?limit=2');
    expect(answer.statusCode).toBe(200);
    expect(performance.now() - started).toBeLessThan(1500);
    expect((JSON.parse(answer.body) as { groups: unknown[] }).groups.length).toBeLessThanOrEqual(2);
    expect((await report('?limit=0')).statusCode).toBe(400);
  });
});
