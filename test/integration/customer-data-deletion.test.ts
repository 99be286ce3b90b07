import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { conversationStateKey } from '../../src/bot/storage-bot-resumer.js';
import { WEBCHAT_CHANNEL_ID } from '../../src/channels/web/to-activity.js';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/test-app.js';

/** Friday 2026-11-20, 10:00 in Shanghai, so "后天下午" is a bookable slot. */
const clock = new ManualClock('2026-11-20T02:00:00.000Z');
const INTAKE = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午', '确认'];
const ADMIN = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
let server: TestApp;

beforeAll(async () => { server = await startTestApp({ clock, startSlaClock: false, startIdleSweep: false }); });
afterAll(async () => { await server?.close(); });

/** A web chat customer as the page is: a session, then one POST per message. */
async function webChatCustomer() {
  const session = (await (await fetch(`${server.baseUrl}/api/webchat/sessions`, { method: 'POST' })).json()) as { conversationId: string; userId: string; token: string };
  const send = async (text: string) => {
    const answer = await fetch(`${server.baseUrl}/api/webchat/activities`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ type: 'message', text, locale: 'zh-CN' }),
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '').join('\n');
  };
  return { ...session, key: `webchat:${session.conversationId}`, send };
}

async function deleteCustomer(channel: string, userId: string, headers: Record<string, string> = ADMIN) {
  const answer = await server.app.server.inject({ method: 'DELETE', url: `/api/customers/${channel}/${encodeURIComponent(userId)}`, headers });
  return { status: answer.statusCode, body: JSON.parse(answer.body) as { deleted?: Record<string, number>; code?: string } };
}

const startedEvents = async (conversationId: string) => (await server.app.stores.conversationEvents.list({ from: new Date(0), to: new Date('2100-01-01') }))
  .filter((event) => event.kind === 'started' && event.conversationId === conversationId).length;

describe('DELETE /api/customers/:channel/:userId: a customer\'s data removed on request', () => {
  it('clears a web chat customer\'s transcript and state, anonymises their ticket, and their next message starts afresh', async () => {
    const customer = await webChatCustomer();
    let reply = '';
    for (const text of INTAKE) reply = await customer.send(text);
    const ticketId = /RT-\d{8}-\d{4}/.exec(reply)?.[0];
    expect(ticketId).toBeDefined();
    const stateKey = conversationStateKey({ channel: WEBCHAT_CHANNEL_ID, conversationId: customer.conversationId });
    expect(Object.keys(await server.app.stores.storage.read([stateKey]))).toEqual([stateKey]);
    const entries = (await server.app.stores.transcripts.read(customer.key)).length;
    expect(entries).toBeGreaterThan(INTAKE.length);

    const answer = await deleteCustomer(WEBCHAT_CHANNEL_ID, customer.userId);
    expect(answer).toEqual({ status: 200, body: { deleted: { conversations: 1, conversationStates: 1, transcriptEntries: entries, handoffRequests: 0, ticketsAnonymised: 1 } } });
    expect(await server.app.stores.transcripts.read(customer.key)).toEqual([]);
    expect(await server.app.stores.storage.read([stateKey])).toEqual({});

    // 1. Staff still read the ticket, as a record without the person in it.
    const ticket = await server.app.server.inject({ method: 'GET', url: `/api/tickets/${ticketId}`, headers: ADMIN });
    expect(ticket.statusCode).toBe(200);
    expect(ticket.json()).toMatchObject({ name: '已删除', phone: '', address: '', product: 'washing-machine', model: 'XQG100-D3', status: 'open' });
    expect(ticket.body).not.toMatch(/王芳|13912345678|张江路/);
    const listed = await server.app.server.inject({ method: 'GET', url: `/api/tickets?channel=${WEBCHAT_CHANNEL_ID}&userId=${customer.userId}`, headers: ADMIN });
    expect(listed.json<{ tickets: { id: string }[] }>().tickets.map((t) => t.id)).toEqual([ticketId]);

    // 2. The same session writes again: a new conversation from the first step, counted as started once more.
    expect(await startedEvents(customer.conversationId)).toBe(1);
    expect(await customer.send('洗衣机不排水')).not.toMatch(/王芳|13912345678/);
    expect(await startedEvents(customer.conversationId)).toBe(2);
    expect((await server.app.stores.transcripts.read(customer.key))[0]).toMatchObject({ from: 'customer', text: '洗衣机不排水' });

    // 3. Asked again, there is nothing left to delete.
    expect((await deleteCustomer(WEBCHAT_CHANNEL_ID, customer.userId)).body.deleted).toMatchObject({ ticketsAnonymised: 0, conversationStates: 1 });
  });

  it('finds every conversation of the customer, with or without a ticket, drops the waiting handoff, and leaves other customers alone', async () => {
    const first = new BotFrameworkClient(server.baseUrl);
    const second = new BotFrameworkClient(server.baseUrl, first.userId);
    const other = new BotFrameworkClient(server.baseUrl);
    await first.send('洗衣机不排水');
    await second.send('转人工');
    await other.send('洗衣机不排水');
    expect(await server.app.stores.handoffs.get(second.key)).toBeDefined();

    const answer = await deleteCustomer('test', first.userId);
    expect(answer.body.deleted).toMatchObject({ conversations: 2, conversationStates: 2, handoffRequests: 1, ticketsAnonymised: 0 });
    expect(await server.app.stores.handoffs.get(second.key)).toBeUndefined();
    for (const client of [first, second]) expect(await server.app.stores.transcripts.read(client.key)).toEqual([]);
    expect((await server.app.stores.transcripts.read(other.key)).length).toBeGreaterThan(0);
    expect(texts(await other.send('试过了，还是不行')).length).toBeGreaterThan(0);
  });

  it('refuses a caller without a token, and deletes nothing (roles: staff-roles.test.ts)', async () => {
    const customer = new BotFrameworkClient(server.baseUrl);
    await customer.send('洗衣机不排水');
    expect(await deleteCustomer('test', customer.userId, {})).toMatchObject({ status: 401 });
    expect((await server.app.stores.transcripts.read(customer.key)).length).toBeGreaterThan(0);
  });
});
