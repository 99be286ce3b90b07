import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { TestApp } from '../../helpers/test-app.js';
import { textsOf, WebChatClient } from '../../helpers/web-chat-client.js';
import { api, dispatchedTicket, ENGINEERS, startVisitApp } from './visit-fixture.js';

const WORDS = {
  zh: { denied: '还没修好', handedOver: /已经是第 3 次了[\s\S]*转接了人工客服/, first: /非常抱歉没能一次修好/, locale: 'zh-CN' },
  en: { denied: 'No, still broken', handedOver: /that’s 3 times now[\s\S]*member of our team/, first: /very sorry the repair didn’t fix it/, locale: 'en-US' },
} as const;

/** The app on a manual clock and one web chat customer, for the describe block that calls it. */
function withVisitApp() {
  const ctx = { clock: new ManualClock('2026-11-20T02:00:00.000Z') } as { clock: ManualClock; server: TestApp; customer: WebChatClient };
  beforeAll(async () => {
    ctx.server = await startVisitApp(ctx.clock);
    ctx.customer = await WebChatClient.open(ctx.server.baseUrl);
  });
  afterAll(async () => {
    await ctx.customer?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** 事不过三 on a reopen, over HTTP: the second failed repair of a ticket is its third strike. */
describe.each(['zh', 'en'] as const)('a ticket reopened for the third strike (%s)', (language) => {
  const words = WORDS[language];
  const ctx = withVisitApp();
  const repair = async (id: string) => {
    for (const move of ['on-the-way', 'arrived', 'repaired']) {
      expect((await api(ctx.server)('POST', `/api/tickets/${id}/visit`, ENGINEERS.wu, { move })).status).toBe(200);
    }
  };

  it('hands the conversation to a person at the repeat priority and tells the customer so, in their language', async () => {
    const ticket = await dispatchedTicket(ctx.server, ctx.clock, ctx.customer, language);
    await repair(ticket.id);
    // 1. First failed repair: one ticket and one repeat repair are two strikes; the bot keeps the conversation.
    const first = textsOf(await ctx.customer.send(words.denied, words.locale));
    expect(first).toMatch(words.first);
    expect(first).not.toMatch(words.handedOver);
    expect(await ctx.server.app.stores.handoffs.get(ctx.customer.key)).toBeUndefined();

    // 2. Second failed repair: the third strike.
    await repair(ticket.id);
    const second = textsOf(await ctx.customer.send(words.denied, words.locale));
    expect(second).toMatch(words.first);
    expect(second).toMatch(words.handedOver);
    expect(await ctx.server.app.stores.tickets.get(ticket.id)).toMatchObject({
      status: 'reopened', repeatRepairs: 2, supervisorFlag: { reason: 'three-strikes' },
    });
    // 3. The agents' queue has it, with the reason and the repeat priority.
    const queue = await api(ctx.server)('GET', '/api/handoff', ENGINEERS.admin);
    const waiting = (queue.body as unknown as { queue: { conversationId: string; reason: string; priority: string; language: string }[] }).queue
      .find((request) => request.conversationId === ctx.customer.key);
    expect(waiting).toMatchObject({ reason: 'three-strikes', priority: 'repeat', language });
  });
});

describe('a ticket reopened by staff through the transitions route', () => {
  const ctx = withVisitApp();
  const to = async (id: string, status: string) => {
    const moved = await api(ctx.server)('POST', `/api/tickets/${id}/transitions`, ENGINEERS.admin, { to: status });
    expect(moved.status).toBe(200);
    return moved.body;
  };

  it('counts each reopen as a repeat repair; the one that makes three strikes queues the customer for a person and tells them on their channel', async () => {
    const ticket = await dispatchedTicket(ctx.server, ctx.clock, ctx.customer);
    for (const status of ['in_progress', 'awaiting_confirmation', 'closed']) await to(ticket.id, status);
    // 1. One ticket, one repeat repair: two strikes, no handover.
    expect(await to(ticket.id, 'reopened')).toMatchObject({ status: 'reopened', priority: 'urgent', repeatRepairs: 1 });
    expect(await ctx.server.app.stores.handoffs.get(ctx.customer.key)).toBeUndefined();
    // 2. Back through the repair; the second reopen is the third strike.
    for (const status of ['dispatched', 'in_progress', 'awaiting_confirmation', 'closed']) await to(ticket.id, status);
    const told = ctx.customer.pushed(/已经是第 3 次了[\s\S]*转接了人工客服[\s\S]*/);
    expect(await to(ticket.id, 'reopened')).toMatchObject({ repeatRepairs: 2, supervisorFlag: { reason: 'three-strikes' } });
    expect((await told).text).toMatch(/排在第 1 位/);
    expect(await ctx.server.app.stores.handoffs.get(ctx.customer.key)).toMatchObject({ reason: 'three-strikes', priority: 'repeat', language: 'zh' });
  });
});
