import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../src/handoff/live-events.js';
import type { Ticket } from '../../../src/tickets/ticket.js';
import { seedStoreTicket } from '../../helpers/seed-ticket.js';
import { SseReader } from '../../helpers/sse-reader.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../../helpers/staff.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { WebChatClient } from '../../helpers/web-chat-client.js';

let server: TestApp;
const open: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  server = await startTestApp({ env: { STAFF_TOKENS: STAFF_TOKENS_ENV }, startIdleSweep: false, startSlaClock: false });
});
afterEach(async () => { await Promise.all(open.splice(0).map((item) => item.close())); });
afterAll(async () => { await server?.close(); });

async function waitingCustomer(): Promise<WebChatClient> {
  const client = await WebChatClient.open(server.baseUrl);
  open.push(client);
  await client.send('洗衣机不排水');
  await client.send('转人工');
  return client;
}

async function staffStream(token: string): Promise<SseReader> {
  const stream = await SseReader.open(`${server.baseUrl}/api/handoff/events`, { authorization: `Bearer ${token}` });
  open.push(stream);
  return stream;
}

const customerMessage = (stream: SseReader, conversationId: string) =>
  stream.waitForData<LiveEvent>((event, data) => event.event === 'message.customer' && data.conversationId === conversationId);

describe('agents see the words of their own and of waiting conversations only', () => {
  it('sends another agent\'s conversation to an agent as ids only, in full to its holder and to a supervisor', async () => {
    const held = await waitingCustomer();
    const waiting = await waitingCustomer();
    expect((await staffClient(server.baseUrl, STAFF.li).claim(held.key)).status).toBe(200);
    const [li, wang, zhou] = await Promise.all([staffStream(STAFF.li), staffStream(STAFF.wang), staffStream(STAFF.zhou)]);

    await held.send('我的电话是13912345678，地址上海市浦东新区张江路88号');
    await waiting.send('还要等多久');

    const seenByWang = await customerMessage(wang, held.key);
    expect(seenByWang).toEqual({ type: 'message.customer', conversationId: held.key, at: expect.any(String) });
    expect((await customerMessage(li, held.key)).text).toMatch(/13912345678/);
    expect((await customerMessage(zhou, held.key)).text).toMatch(/13912345678/);
    // Waiting for anyone: every agent may pick it up, so every agent reads it.
    expect((await customerMessage(wang, waiting.key)).text).toBe('还要等多久');
    expect(JSON.stringify(wang.events)).not.toMatch(/13912345678|张江路/);
  });
});

describe('ticket lists: agents see phone and address only on their conversation\'s tickets', () => {
  it('masks them for an agent everywhere else, and shows all to a supervisor', async () => {
    const held = await waitingCustomer();
    expect((await staffClient(server.baseUrl, STAFF.li).claim(held.key)).status).toBe(200);
    const theirs = await seedStoreTicket(server.app.stores.tickets, {
      customer: { channel: 'webchat', userId: 'u-held', conversationId: held.conversationId }, phone: '13911112222', address: '上海市浦东新区张江路88号',
    });
    const someoneElses = await seedStoreTicket(server.app.stores.tickets, { phone: '13733334444', address: '北京市朝阳区建国路1号' });

    const list = async (token: string) => {
      const answer = await fetch(`${server.baseUrl}/api/tickets?limit=500`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      const tickets = ((await answer.json()) as { tickets: Ticket[] }).tickets;
      return (id: string) => tickets.find((ticket) => ticket.id === id)!;
    };
    const byLi = await list(STAFF.li);
    expect(byLi(theirs.id)).toMatchObject({ phone: '13911112222', address: '上海市浦东新区张江路88号' });
    expect(byLi(someoneElses.id)).toMatchObject({ phone: '*******4444', address: '***' });
    const byWang = await list(STAFF.wang);
    expect(byWang(theirs.id)).toMatchObject({ phone: '*******2222', address: '***' });
    const byZhou = await list(STAFF.zhou);
    expect(byZhou(someoneElses.id)).toMatchObject({ phone: '13733334444', address: '北京市朝阳区建国路1号' });

    const one = await fetch(`${server.baseUrl}/api/tickets/${someoneElses.id}`, { headers: { authorization: `Bearer ${STAFF.wang}` } });
    expect(await one.text()).not.toMatch(/13733334444|建国路/);
  });
});
