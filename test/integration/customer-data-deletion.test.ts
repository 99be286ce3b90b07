import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnLockKey } from '../../src/bot/middleware/turn-lock.js';
import { choicesKey } from '../../src/channels/wechat/choices-key.js';
import { FsAttachmentStore } from '../../src/store/files/fs-attachment-store.js';
import { seedStoreTicket } from '../helpers/seed-ticket.js';
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
  const post = (text: string) => fetch(`${server.baseUrl}/api/webchat/activities`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ type: 'message', text, locale: 'zh-CN' }),
  });
  const send = async (text: string) => {
    const answer = await post(text);
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '').join('\n');
  };
  return { ...session, key: `webchat:${session.conversationId}`, send, post };
}

async function deleteCustomer(channel: string, userId: string, headers: Record<string, string> = ADMIN) {
  const answer = await server.app.server.inject({ method: 'DELETE', url: `/api/customers/${channel}/${encodeURIComponent(userId)}`, headers });
  return { status: answer.statusCode, body: JSON.parse(answer.body) as { deleted?: Record<string, number>; code?: string } };
}

const startedEvents = async (conversationId: string) => (await server.app.stores.conversationEvents.list({ from: new Date(0), to: new Date('2100-01-01') }))
  .filter((event) => event.kind === 'started' && event.conversationId === conversationId).length;

describe('DELETE /api/customers/:channel/:userId: a customer\'s data removed on request', () => {
  it('clears a web chat customer\'s transcript and state, anonymises their ticket, and revokes their session', async () => {
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
    expect(answer).toEqual({ status: 200, body: { deleted: {
      conversations: 1, conversationStates: 1, transcriptEntries: entries, handoffRequests: 0, ticketsAnonymised: 1,
      unansweredQuestions: expect.any(Number), attachmentFiles: 0, conversationEvents: 1,
    } } });
    expect(await server.app.stores.transcripts.read(customer.key)).toEqual([]);
    expect(await server.app.stores.storage.read([stateKey])).toEqual({});

    // 1. Staff still read the ticket, as a record without the person in it.
    const ticket = await server.app.server.inject({ method: 'GET', url: `/api/tickets/${ticketId}`, headers: ADMIN });
    expect(ticket.statusCode).toBe(200);
    expect(ticket.json()).toMatchObject({ name: '已删除', phone: '', address: '', product: 'washing-machine', model: 'XQG100-D3', status: 'open' });
    expect(ticket.body).not.toMatch(/王芳|13912345678|张江路/);
    const listed = await server.app.server.inject({ method: 'GET', url: `/api/tickets?channel=${WEBCHAT_CHANNEL_ID}&userId=${customer.userId}`, headers: ADMIN });
    expect(listed.json<{ tickets: { id: string }[] }>().tickets.map((t) => t.id)).toEqual([ticketId]);

    // 2. The deletion revoked the session: its token no longer posts, nor fetches a stream ticket.
    expect(await startedEvents(customer.conversationId)).toBe(1);
    expect((await customer.post('洗衣机不排水')).status).toBe(401);
    const ticketAnswer = await fetch(`${server.baseUrl}/api/webchat/stream-tickets`, { method: 'POST', headers: { authorization: `Bearer ${customer.token}` } });
    expect(ticketAnswer.status).toBe(401);
    expect(await server.app.stores.transcripts.read(customer.key)).toEqual([]);

    // 3. Asked again, there is nothing left to delete.
    expect((await deleteCustomer(WEBCHAT_CHANNEL_ID, customer.userId)).body.deleted).toMatchObject({ ticketsAnonymised: 0, conversationStates: 0 });
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

describe('DELETE /api/customers/:channel/:userId: what else names the customer', () => {
  it('removes their unanswered questions, their id on dashboard events, WeChat\'s numbered choices, their files and ticket history notes', async () => {
    const { stores } = server.app;
    const userId = 'wxid_deleted_customer';
    const conversationId = userId;
    const at = clock.now().toISOString();
    const ticket = await seedStoreTicket(stores.tickets, { customer: { channel: 'wechat', userId, conversationId }, name: '赵敏', phone: '13655556666' });
    const files = new FsAttachmentStore(join(server.dataDir, 'attachments'));
    const ref = await files.put({ name: '赵敏的发票.jpg', contentType: 'image/jpeg', bytes: Buffer.from('photo') }, clock.now());
    await stores.tickets.save({
      ...ticket,
      history: [...ticket.history, { at, by: 'staff:zhou', from: 'open', to: 'cancelled', note: '赵敏来电说地址改为朝阳路5号' }],
      attachments: [{ kind: 'image', contentType: 'image/jpeg', name: '赵敏的发票.jpg', sizeBytes: 5, ref, receivedAt: at }],
    });
    await stores.unanswered.record({ at, conversationId, channel: 'wechat', language: 'zh', question: '赵敏家的冰箱怎么不制冷', reason: 'none' });
    await stores.unanswered.record({ at, conversationId: 'someone-else', channel: 'wechat', language: 'zh', question: '别人的问题', reason: 'none' });
    await stores.conversationEvents.record({ at, kind: 'started', conversationId, channel: 'wechat', userId });
    const choices = choicesKey('wechat', conversationId);
    await stores.storage.write({ [choices]: { choices: [{ title: '赵敏，是这个地址吗？', value: 'yes' }], eTag: '*' } });

    const answer = await deleteCustomer('wechat', userId);
    expect(answer.status).toBe(200);
    expect(answer.body.deleted).toMatchObject({ ticketsAnonymised: 1, unansweredQuestions: 1, attachmentFiles: 1, conversationEvents: 1 });

    expect((await stores.unanswered.list()).map((q) => q.question)).not.toContain('赵敏家的冰箱怎么不制冷');
    expect((await stores.unanswered.list()).map((q) => q.question)).toContain('别人的问题');
    const events = await stores.conversationEvents.list({ from: new Date(0), to: new Date('2100-01-01') });
    expect(events.filter((event) => event.conversationId === conversationId)).toEqual([{ at, kind: 'started', conversationId, channel: 'wechat' }]);
    expect(await stores.storage.read([choices])).toEqual({});
    expect(existsSync(join(server.dataDir, 'attachments', ref))).toBe(false);
    const kept = await stores.tickets.get(ticket.id);
    expect(JSON.stringify(kept)).not.toMatch(/赵敏|13655556666|朝阳路/);
    expect(kept?.history.map((event) => event.to)).toEqual(['open', 'cancelled']);
  });
});

describe('DELETE /api/customers/:channel/:userId meeting a running turn', () => {
  let busy: TestApp;
  beforeAll(async () => {
    busy = await startTestApp({ startSlaClock: false, startIdleSweep: false, env: { TURN_LOCK_TTL_MS: '1500', TURN_LOCK_WAIT_MS: '200' } });
  });
  afterAll(async () => { await busy?.close(); });

  it('answers 202 with the tickets already anonymised, and finishes the rest once the turn lets go', async () => {
    const customer = new BotFrameworkClient(busy.baseUrl);
    await customer.send('洗衣机不排水');
    const ticket = await seedStoreTicket(busy.app.stores.tickets, {
      customer: { channel: 'test', userId: customer.userId, conversationId: customer.conversationId }, name: '钱多多', phone: '13577778888',
    });
    // A turn in flight, as far as the lock knows: its lease held under another token until the test lets go.
    const key = turnLockKey('test', customer.conversationId);
    expect(await busy.app.stores.turnLock.tryAcquire(key, 'running-turn', 60_000)).toBe(true);

    const answer = await busy.app.server.inject({ method: 'DELETE', url: `/api/customers/test/${encodeURIComponent(customer.userId)}`, headers: ADMIN });
    expect(answer.statusCode).toBe(202);
    expect(answer.json()).toMatchObject({ status: 'pending', pendingConversations: 1, deleted: { ticketsAnonymised: 1, transcriptEntries: 0 } });
    expect(JSON.stringify(await busy.app.stores.tickets.get(ticket.id))).not.toMatch(/钱多多|13577778888/);
    expect((await busy.app.stores.transcripts.read(customer.key)).length).toBeGreaterThan(0);

    // The turn ends; the job retries on its own and clears the conversation.
    await busy.app.stores.turnLock.release(key, 'running-turn');
    const deadline = Date.now() + 10_000;
    while ((await busy.app.stores.transcripts.read(customer.key)).length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await busy.app.stores.transcripts.read(customer.key)).toEqual([]);
    const again = await busy.app.server.inject({ method: 'DELETE', url: `/api/customers/test/${encodeURIComponent(customer.userId)}`, headers: ADMIN });
    expect(again.statusCode).toBe(200);
  });
});
