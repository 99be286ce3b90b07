import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { TestApp } from '../../helpers/test-app.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { textsOf, WebChatClient } from '../../helpers/web-chat-client.js';
import { api, DAY_MS, dispatchedTicket, ENGINEERS, HOUR_MS, startVisitApp } from './visit-fixture.js';

/**
 * Issue 16 over HTTP with the real app: the engineer's moves reach the customer in web chat, the
 * customer answers the quote and signs off in chat, the survey is stored, an unanswered sign-off
 * closes on the shared schedule, and the care check-in honours an opt-out. Once on SQLite, once on Redis.
 */
describe.each(['sqlite', 'redis'] as const)('after the visit on %s', (backend) => {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  let redis: RedisServer | undefined;
  let server: TestApp;
  let call: ReturnType<typeof api>;
  let customer: WebChatClient;

  beforeAll(async () => {
    redis = backend === 'redis' ? await startRedisServer() : undefined;
    server = await startVisitApp(clock, redis ? { REDIS_URL: redis.url } : {});
    call = api(server);
    customer = await WebChatClient.open(server.baseUrl);
  });
  afterAll(async () => {
    await customer?.close();
    await server?.close();
    await redis?.destroy();
  });

  const move = (id: string, body: unknown, token: string = ENGINEERS.wu) => call('POST', `/api/tickets/${id}/visit`, token, body);

  it('takes a ticket from on the way to a confirmed repair with a stored survey, the quote refused then accepted, one repeat repair', async () => {
    const ticket = await dispatchedTicket(server, clock, customer);
    expect(ticket.servicePoint).toBe('SP-Shanghai');
    // 1. Another service point's engineer may not touch it; an illegal move is a 409.
    expect((await move(ticket.id, { move: 'on-the-way' }, ENGINEERS.ma)).status).toBe(403);
    expect((await move(ticket.id, { move: 'repaired' })).body).toMatchObject({ code: 'TICKET_ILLEGAL_TRANSITION' });
    expect((await move(ticket.id, { move: 'on-the-way' })).status).toBe(200);
    await customer.pushed(/工程师已经出发，预计 11月20日 14:00 前到达/);

    // 2. On site, parts needed: the committed part time is a week later.
    expect((await move(ticket.id, { move: 'arrived' })).body.status).toBe('in_progress');
    await customer.pushed(/工程师已到达/);
    const parts = await move(ticket.id, { move: 'parts-needed', note: '排水泵' });
    expect(parts.body.partsDueAt).toBe(new Date(clock.now().getTime() + 7 * DAY_MS).toISOString());
    await customer.pushed(/11月27日 10:00 前备齐配件/);

    // 3. A quote needs an amount (422); while it is unanswered nothing is repaired (409).
    expect(await move(ticket.id, { move: 'quote', reason: '过保' })).toMatchObject({ status: 422, body: { code: 'TICKET_MOVE_INVALID' } });
    expect((await move(ticket.id, { move: 'quote', amount: 280, reason: '排水泵损坏，已过保修期' })).status).toBe(200);
    const asked = await customer.pushed(/报价：¥280.00/);
    expect(asked.suggestions).toEqual(['同意报价', '不同意']);
    expect((await move(ticket.id, { move: 'repaired' })).status).toBe(409);
    expect(textsOf(await customer.send('不同意'))).toMatch(/不会产生任何费用/);
    expect((await server.app.stores.tickets.get(ticket.id))?.quote).toMatchObject({ amount: 280, answer: 'refused' });
    expect((await move(ticket.id, { move: 'repaired' })).status).toBe(409);

    await move(ticket.id, { move: 'quote', amount: 150, reason: '只换排水泵' });
    await customer.pushed(/¥150.00/);
    expect(textsOf(await customer.send('同意'))).toMatch(/同意报价（¥150.00）/);

    // 4. Repaired → the customer is asked; "not fixed" reopens with an apology, priority and a strike, and no survey.
    expect((await move(ticket.id, { move: 'repaired', note: '更换排水泵' })).body.status).toBe('awaiting_confirmation');
    await customer.pushed(/问题解决了吗/);
    const denied = textsOf(await customer.send('还没修好，还是不排水'));
    expect(denied).toMatch(/非常抱歉/);
    expect(denied).not.toMatch(/打个分/);
    const reopened = await server.app.stores.tickets.get(ticket.id);
    expect(reopened).toMatchObject({ status: 'reopened', priority: 'urgent', repeatRepairs: 1 });

    // 5. Back on site, repaired again; confirmed → closed by the customer, then the four questions.
    for (const next of ['on-the-way', 'arrived', 'repaired']) expect((await move(ticket.id, { move: next })).status).toBe(200);
    const confirmed = textsOf(await customer.send('已修好'));
    expect(confirmed).toMatch(/感谢您的确认/);
    expect(confirmed).toMatch(/响应速度/);
    expect(textsOf(await customer.send('5'))).toMatch(/服务态度/);
    expect(textsOf(await customer.send('跳过'))).toMatch(/解决效率/);
    expect(textsOf(await customer.send('4'))).toMatch(/总体满意度/);
    expect(textsOf(await customer.send('5'))).toMatch(/想对我们说/);
    expect(textsOf(await customer.send('师傅很专业'))).toMatch(/谢谢您的评价/);
    const closed = await server.app.stores.tickets.get(ticket.id);
    expect(closed).toMatchObject({ status: 'closed', signOff: { answer: 'confirmed' }, survey: { speed: 5, efficiency: 4, overall: 5, comment: '师傅很专业' } });
    expect(closed?.survey?.attitude).toBeUndefined();
    expect(closed?.history.at(-1)).toMatchObject({ to: 'closed', by: expect.stringMatching(/^customer:/) });

    // 6. About three months later: one courteous check-in, once.
    clock.advance(90 * DAY_MS);
    await server.app.slaClock.tick();
    await customer.pushed(/洗衣机用得还好吗/);
    await server.app.slaClock.tick();
    expect(customer.stream.events.filter((event) => /用得还好吗/.test(event.data))).toHaveLength(1);
    expect((await server.app.stores.tickets.get(ticket.id))?.careSentAt).toBe(clock.now().toISOString());
  });

  it('closes an unanswered sign-off after 72 h with a note, and sends no care message to a customer who opted out', async () => {
    const quiet = await WebChatClient.open(server.baseUrl);
    try {
      const ticket = await dispatchedTicket(server, clock, quiet, 'en');
      for (const next of ['on-the-way', 'arrived', 'repaired']) await move(ticket.id, { move: next });
      await quiet.pushed(/Has it fixed the problem\?/);
      clock.advance(71 * HOUR_MS);
      await server.app.slaClock.tick();
      expect((await server.app.stores.tickets.get(ticket.id))?.status).toBe('awaiting_confirmation');
      clock.advance(1 * HOUR_MS);
      await server.app.slaClock.tick();
      const closed = await server.app.stores.tickets.get(ticket.id);
      expect(closed).toMatchObject({ status: 'closed', signOff: { answer: 'timeout' } });
      expect(closed?.history.at(-1)?.note).toMatch(/No answer from the customer within 72 h/);
      await quiet.pushed(/we have closed it/);

      expect(textsOf(await quiet.send('please stop messaging me'))).toMatch(/won’t contact you again/);
      expect((await call('GET', `/api/tickets/${ticket.id}`, ENGINEERS.admin)).body.contactOptOutAt).toBeDefined();
      clock.advance(90 * DAY_MS);
      await server.app.slaClock.tick();
      expect((await server.app.stores.tickets.get(ticket.id))?.careSentAt).toBeUndefined();
      expect(quiet.stream.events.some((event) => /how is your washing machine/.test(event.data))).toBe(false);
      expect(await server.app.stores.slaSchedule.pending(ticket.id)).toEqual([]);
    } finally {
      await quiet.close();
    }
  });

  it('reports the visit figures in the summary and its CSV', async () => {
    // Both tickets: the second was opened after the first one's care check-in, 90 days on.
    const range = `from=2026-11-20&to=${clock.now().toISOString().slice(0, 10)}`;
    const summary = await call('GET', `/api/reports/summary?${range}`, ENGINEERS.admin);
    const figures = (summary.body as unknown as { afterVisit: Record<string, any> }).afterVisit;
    expect(figures.firstTimeFix).toEqual({ fixed: 1, closed: 2, rate: 0.5 });
    expect(figures.repeatRepairs).toEqual({ count: 1, tickets: 1 });
    expect(figures.quotes).toMatchObject({ quoted: 1, accepted: 1, acceptanceRate: 1 });
    expect(figures.signOff).toEqual({ asked: 2, answered: 1, timedOut: 1, rate: 0.5 });
    // Speed 5 vs 4.5 expected, efficiency 4 vs 4.3, overall 5 vs 4.4: above expectations on balance.
    expect(figures.satisfaction.index).toBeGreaterThan(1);
    const csv = await fetch(`${server.baseUrl}/api/reports/summary?${range}&format=csv`, { headers: { authorization: `Bearer ${ENGINEERS.admin}` } });
    expect(await csv.text()).toMatch(/first-time-fix,rate,,0.5/);
  });

  it('lists only the engineer\'s own service point\'s tickets', async () => {
    const wu = await call('GET', '/api/engineer/tickets?all=true', ENGINEERS.wu);
    expect(wu.body.tickets?.length).toBeGreaterThan(0);
    expect(wu.body.tickets?.every((ticket) => ticket.servicePoint === 'SP-Shanghai')).toBe(true);
    expect((await call('GET', '/api/engineer/tickets?all=true', ENGINEERS.ma)).body.tickets).toEqual([]);
  });
});
