import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicket } from '../../src/tickets/open-ticket.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const activity = (conversationId: string, text: string) => ({
  type: 'message', id: randomUUID(), text, channelId: 'test', serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
  conversation: { id: conversationId }, from: { id: `user-${conversationId}` }, recipient: { id: 'bot' },
});

describe('Bot Framework authentication when an app id is configured', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ startSlaClock: false, env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-in-this-test' } });
  });
  afterAll(async () => { await server?.close(); });

  it('refuses an unsigned POST /api/messages with 401, and the bot never runs', async () => {
    const conversationId = `conv-${randomUUID()}`;
    // No Authorization header: botbuilder refuses before any key lookup, so nothing leaves loopback.
    const answer = await server.app.server.inject({ method: 'POST', url: '/api/messages', payload: activity(conversationId, '洗衣机不排水') });
    expect(answer.statusCode).toBe(401);
    expect(await server.app.stores.transcripts.read(conversationId)).toEqual([]);
    expect(await server.app.stores.storage.read([`test/conversations/${conversationId}`])).toEqual({});
  });
});

describe('a customer never reads another customer\'s ticket', () => {
  let server: TestApp;
  let ticketId: string;
  beforeAll(async () => {
    server = await startTestApp({ startSlaClock: false });
    const ticket = await openTicket({
      customer: { channel: 'test', userId: 'owner', conversationId: 'owner-conv' }, language: 'zh', name: '李秘密', phone: '13700001234',
      product: 'washing-machine', model: 'XQG100-D3', purchaseDate: '2026-03-01', warranty: 'in', quoteAccepted: false,
      address: '上海市闵行区保密路9号', region: '上海', visit: { date: '2026-11-25', period: 'afternoon' }, problem: '洗衣机不排水',
      idempotencyKey: randomUUID(),
    }, { store: server.app.stores.tickets, clock: { now: () => new Date() }, sla: { responseHours: 2, onSiteHours: 4, progressHours: 6 }, timeZone: 'Asia/Shanghai' });
    ticketId = ticket.id;
  });
  afterAll(async () => { await server?.close(); });

  const secrets = () => new RegExp(`李秘密|13700001234|1234|保密路|${ticketId}[\\s\\S]*(已登记|工程师)`);

  it('on web chat: the stranger is told no such ticket of theirs, and sees nothing of it', async () => {
    const session = JSON.parse((await server.app.server.inject({ method: 'POST', url: '/api/webchat/sessions' })).body) as { token: string };
    for (const text of [`我的工单 ${ticketId} 到哪了`, `where is my repair ${ticketId}`, `取消工单 ${ticketId}`]) {
      const answer = await server.app.server.inject({
        method: 'POST', url: '/api/webchat/activities', headers: { authorization: `Bearer ${session.token}` }, payload: { type: 'message', text },
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toMatch(secrets());
    }
    expect((await server.app.stores.tickets.get(ticketId))?.status).toBe('open');
  });

  it('over Bot Framework, even with the owner\'s conversation id but another user id', async () => {
    for (const conversationId of ['owner-conv', `conv-${randomUUID()}`]) {
      const answer = await server.app.server.inject({ method: 'POST', url: '/api/messages', payload: activity(conversationId, `我的工单 ${ticketId} 到哪了`) });
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toMatch(/没有查到/);
      expect(answer.body).not.toMatch(secrets());
    }
  });
});
