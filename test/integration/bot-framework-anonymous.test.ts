import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTicket } from '../../src/tickets/open-ticket.js';
import { WEBCHAT_CHANNEL_ID } from '../../src/channels/web/to-activity.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WebChatClient } from '../helpers/web-chat-client.js';

/** Issue 17, items 1 and 2: who may speak through POST /api/messages, and where the bot's replies may go. */

const post = (server: TestApp, activity: Record<string, unknown>) => fetch(`${server.baseUrl}/api/messages`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
});

const message = (overrides: Record<string, unknown>) => ({
  type: 'message', id: randomUUID(), text: '你好', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
  conversation: { id: `conv-${randomUUID()}` }, from: { id: `user-${randomUUID()}` }, recipient: { id: 'bot' }, ...overrides,
});

describe('POST /api/messages without MicrosoftAppId and without BOT_FRAMEWORK_ANONYMOUS', () => {
  let server: TestApp;
  beforeAll(async () => { server = await startTestApp({ startSlaClock: false, env: { BOT_FRAMEWORK_ANONYMOUS: 'false' } }); });
  afterAll(async () => { await server?.close(); });

  it('is not served: 404 with the reason and how to switch it on, and the bot never runs', async () => {
    const activity = message({});
    const answer = await post(server, activity);
    expect(answer.status).toBe(404);
    const body = await answer.json() as { code: string; message: string };
    expect(body.code).toBe('CHANNEL_ENDPOINT_DISABLED');
    expect(body.message).toMatch(/MicrosoftAppId.*BOT_FRAMEWORK_ANONYMOUS=true/);
    expect(await server.app.stores.transcripts.read(`emulator:${(activity.conversation as { id: string }).id}`)).toEqual([]);
  });
});

describe('POST /api/messages in explicit anonymous mode (the Emulator)', () => {
  let server: TestApp;
  beforeAll(async () => { server = await startTestApp({ startSlaClock: false, env: { BOT_FRAMEWORK_SEND_TIMEOUT_MS: '400' } }); });
  afterAll(async () => { await server?.close(); });

  it('still answers an Emulator-style conversation with expectReplies', async () => {
    const answer = await post(server, message({ text: '我家洗衣机不排水了' }));
    expect(answer.status).toBe(200);
    expect(JSON.stringify(await answer.json())).toMatch(/排水/);
  });

  it.each(['webchat', 'wechat', 'slack', 'WebChat'])('refuses to speak for the first-party channel %s (403)', async (channelId) => {
    const answer = await post(server, message({ channelId }));
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ code: 'CHANNEL_IDENTITY_REFUSED' });
  });

  it('cannot read or cancel a web chat customer\'s ticket with the owner\'s own from.id and conversation id', async () => {
    const owner = await WebChatClient.open(server.baseUrl);
    const session = { channel: WEBCHAT_CHANNEL_ID, conversationId: owner.conversationId, userId: `u-${randomUUID()}` };
    const ticket = await openTicket({
      customer: session, language: 'zh', name: '李秘密', phone: '13700001234', product: 'washing-machine', model: 'XQG100-D3',
      purchaseDate: '2026-03-01', warranty: 'in', quoteAccepted: false, address: '上海市闵行区保密路9号', region: '上海',
      visit: { date: '2026-12-25', period: 'afternoon' }, problem: '洗衣机不排水', idempotencyKey: randomUUID(),
    }, { store: server.app.stores.tickets, clock: { now: () => new Date() }, sla: { responseHours: 2, onSiteHours: 4, progressHours: 6 }, timeZone: 'Asia/Shanghai' });
    const impersonation = { channelId: 'webchat', conversation: { id: session.conversationId }, from: { id: session.userId } };
    for (const text of [`我的工单 ${ticket.id} 到哪了`, `取消工单 ${ticket.id}`]) {
      const answer = await post(server, message({ ...impersonation, text }));
      expect(answer.status).toBe(403);
      expect(await answer.text()).not.toMatch(/李秘密|13700001234|保密路/);
    }
    expect((await server.app.stores.tickets.get(ticket.id))?.status).toBe('open');
    await owner.close();
  });

  it('keeps another channel\'s caller with the same conversation id out of a web chat customer\'s transcript and handoff', async () => {
    const customer = await WebChatClient.open(server.baseUrl);
    await customer.send('转人工');
    expect(await server.app.stores.handoffs.get(customer.key)).toMatchObject({ customer: { channel: 'webchat' } });
    const before = await server.app.stores.transcripts.read(customer.key);

    // 1. A made-up channel, the victim's conversation id: its own conversation, not the victim's.
    const answer = await post(server, message({ channelId: 'directline', conversation: { id: customer.conversationId }, text: '我不要修了，取消吧' }));
    expect(answer.status).toBe(200);
    // 2. The victim's transcript (what the agent reads) and queue entry are untouched.
    expect(await server.app.stores.transcripts.read(customer.key)).toEqual(before);
    expect(await server.app.stores.handoffs.get(customer.key)).toMatchObject({ customer: { channel: 'webchat' } });
    expect((await server.app.stores.transcripts.read(`directline:${customer.conversationId}`))[0]).toMatchObject({ text: '我不要修了，取消吧' });
    await customer.close();
  });

  it('refuses a service URL off loopback unless the replies come back in the response (400)', async () => {
    for (const serviceUrl of ['http://10.0.0.1/', 'https://example.com/api', 'ftp://127.0.0.1/', 'not a url', undefined]) {
      const answer = await post(server, message({ serviceUrl, deliveryMode: undefined }));
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ code: 'CHANNEL_SERVICE_URL_REFUSED' });
    }
  });

  describe('replies sent to a loopback service URL', () => {
    let listener: Server | undefined;
    afterEach(async () => { await new Promise((done) => (listener ? listener.close(done) : done(undefined))); listener = undefined; });

    async function listen(handle: (request: IncomingMessage, respond: (status: number, headers?: Record<string, string>) => void) => void): Promise<string> {
      listener = createServer((request, response) => {
        request.resume();
        handle(request, (status, headers = {}) => response.writeHead(status, { 'content-type': 'application/json', ...headers }).end('{}'));
      });
      await new Promise<void>((done) => listener!.listen(0, '127.0.0.1', done));
      const address = listener.address() as { port: number };
      return `http://127.0.0.1:${address.port}/`;
    }

    it('a failing connector gets each reply once: no retries, no amplification', async () => {
      const posts: string[] = [];
      const serviceUrl = await listen((request, respond) => { posts.push(request.url ?? ''); respond(503); });
      const answer = await post(server, message({ serviceUrl, deliveryMode: undefined, text: '我家洗衣机不排水了' }));
      expect(answer.status).toBeLessThan(600);
      // The first reply fails and ends the turn; the turn boundary's apology is the only other call.
      expect(posts.length).toBeGreaterThanOrEqual(1);
      expect(posts.length).toBeLessThanOrEqual(2);
    });

    it('a connector that never answers holds the customer\'s request only as long as the send timeout', async () => {
      const serviceUrl = await listen(() => undefined);
      const started = Date.now();
      const answer = await post(server, message({ serviceUrl, deliveryMode: undefined, text: '你好' }));
      expect(answer.status).toBeLessThan(600);
      // Two calls (the reply, then the apology) at 400 ms each, far from the minutes it took before.
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('a redirect is not followed', async () => {
      const hits: string[] = [];
      let serviceUrl = '';
      serviceUrl = await listen((request, respond) => {
        hits.push(request.url ?? '');
        if (request.url?.startsWith('/elsewhere')) return respond(200);
        respond(307, { location: `${serviceUrl}elsewhere` });
      });
      await post(server, message({ serviceUrl, deliveryMode: undefined, text: '你好' }));
      expect(hits.some((url) => url.startsWith('/elsewhere'))).toBe(false);
    });
  });
});
