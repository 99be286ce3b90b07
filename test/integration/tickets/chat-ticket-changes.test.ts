import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { openTicket } from '../../../src/tickets/open-ticket.js';
import type { NewTicket } from '../../../src/tickets/ticket.js';
import { BotFrameworkClient, texts } from '../../helpers/bot-framework-client.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { SLA, sampleTicket } from '../../unit/tickets/sla-fixture.js';

/** Friday 2026-11-20, 10:00 in Shanghai: "周五" is the 27th. */
const clock = new ManualClock('2026-11-20T02:00:00.000Z');
let server: TestApp;

beforeAll(async () => { server = await startTestApp({ clock, startSlaClock: false }); });
afterAll(async () => { await server?.close(); });

function seed(customer: BotFrameworkClient, overrides: Partial<NewTicket> = {}) {
  return openTicket(sampleTicket({ customer: { channel: 'test', userId: customer.userId, conversationId: customer.conversationId }, ...overrides }), {
    store: server.app.stores.tickets, clock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: server.app.stores.slaSchedule,
  });
}

describe('customers changing their own tickets in chat', () => {
  it('cancels a ticket by number: "取消工单 RT-…"', async () => {
    const customer = new BotFrameworkClient(server.baseUrl);
    const ticket = await seed(customer);
    expect(texts(await customer.send(`取消工单 ${ticket.id}`))).toMatch(new RegExp(`工单 ${ticket.id} 已经取消`));
    expect(await server.app.stores.tickets.get(ticket.id)).toMatchObject({ status: 'cancelled' });
    expect(await server.app.stores.slaSchedule.pending(ticket.id)).toEqual([]);
  });

  it('cancels the only open ticket in English: "cancel my repair"', async () => {
    const customer = new BotFrameworkClient(server.baseUrl);
    const ticket = await seed(customer, { language: 'en' });
    expect(texts(await customer.send('please cancel my repair'))).toMatch(new RegExp(`ticket ${ticket.id} is cancelled`));
  });

  it('reschedules the visit: "改到周五下午"', async () => {
    const customer = new BotFrameworkClient(server.baseUrl);
    const ticket = await seed(customer);
    expect(texts(await customer.send('能改到周五下午吗'))).toMatch(/已改到 11月27日下午/);
    const stored = await server.app.stores.tickets.get(ticket.id);
    expect(stored?.visit).toEqual({ date: '2026-11-27', period: 'afternoon' });
    expect(stored?.history.at(-1)?.note).toMatch(/2026-11-20 morning to 2026-11-27 afternoon/);
    // The on-site deadline moves with the visit: 18:00 in Shanghai on the new day.
    expect(stored?.onSiteDueAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('never touches, or admits to, another customer\'s ticket', async () => {
    const owner = new BotFrameworkClient(server.baseUrl);
    const stranger = new BotFrameworkClient(server.baseUrl);
    const ticket = await seed(owner);
    const toOther = texts(await stranger.send(`取消工单 ${ticket.id}`));
    const toUnknown = texts(await stranger.send('取消工单 RT-20991231-0001'));
    expect(toOther).toBe(toUnknown.replace('RT-20991231-0001', ticket.id));
    expect(texts(await stranger.send(`${ticket.id} 改到周五下午`))).toMatch(/没有查到单号/);
    expect(await server.app.stores.tickets.get(ticket.id)).toEqual(ticket);
  });

  it('flags the third ticket in 90 days for a supervisor and hands the customer to a person', async () => {
    const customer = new BotFrameworkClient(server.baseUrl, undefined, '王女士');
    await seed(customer);
    await seed(customer);
    for (const text of ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午']) {
      await customer.send(text);
    }
    const reply = texts(await customer.send('确认'));
    const id = reply.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(reply).toMatch(/第 3 张维修单[\s\S]*主管[\s\S]*人工客服/);
    expect(reply).not.toMatch(/打个分/);
    expect((await server.app.stores.tickets.get(id!))?.supervisorFlag).toMatchObject({ reason: 'three-strikes' });
    expect(await server.app.stores.handoffs.get(customer.key)).toMatchObject({ reason: 'three-strikes', priority: 'repeat' });
  });
});
