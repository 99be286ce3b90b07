import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';

const activity = (userId: string, text: string, id = crypto.randomUUID()) => ({
  type: 'message', id, text, channelId: 'test', serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
  conversation: { id: `conv-${userId}` }, from: { id: userId }, recipient: { id: 'bot' },
});

let addresses = 0;
const nextAddress = () => `198.51.100.${++addresses}`;

/** A web chat customer (a chat: the limit answers in words), each request from a fresh address so only the customer limit applies. */
async function webChatCustomer(app: TestApp): Promise<(text: string, via?: TestApp) => Promise<string>> {
  const opened = await app.app.server.inject({ method: 'POST', url: '/api/webchat/sessions', remoteAddress: nextAddress() });
  const { token } = JSON.parse(opened.body) as { token: string };
  return async (text, via = app) => {
    const answer = await via.app.server.inject({
      method: 'POST', url: '/api/webchat/activities', remoteAddress: nextAddress(),
      headers: { authorization: `Bearer ${token}` }, payload: { type: 'message', text, locale: /[a-z]/i.test(text) ? 'en-US' : 'zh-CN' },
    });
    expect(answer.statusCode).toBe(200);
    return ((JSON.parse(answer.body) as { activities: { text?: string }[] }).activities).map((a) => a.text ?? '').join('\n');
  };
}

describe('per-IP and per-customer limits, shared by every process through Redis', () => {
  let redis: RedisServer;
  let first: TestApp;
  let second: TestApp;
  /** Its own counts (no Redis): the only caller of it is this file's loopback address. */
  let third: TestApp;
  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { REDIS_URL: redis.url, IP_RATE_MAX: '6', CUSTOMER_RATE_MAX: '3', BOT_FRAMEWORK_ANONYMOUS: 'true' };
    [first, second, third] = await Promise.all([
      startTestApp({ env, startSlaClock: false }), startTestApp({ env, startSlaClock: false }),
      startTestApp({ env: { IP_RATE_MAX: '6', BOT_FRAMEWORK_ANONYMOUS: 'true' }, startSlaClock: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close(), third?.close()]);
    await redis?.destroy();
  });

  it('refuses an IP past its limit on the customer endpoints with 429 {code, message}, counted across processes, staff routes untouched', async () => {
    const statuses: number[] = [];
    for (const app of [first, second, first, second, first, second, first]) {
      statuses.push((await app.app.server.inject({ method: 'POST', url: '/api/webchat/sessions', remoteAddress: '203.0.113.7' })).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    const refused = await second.app.server.inject({ method: 'POST', url: '/api/messages', remoteAddress: '203.0.113.7', payload: activity('u-ip', 'hi') });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'HTTP_RATE_LIMITED', message: expect.stringMatching(/try again/) });
    expect((await first.app.server.inject({ method: 'POST', url: '/api/webchat/sessions', remoteAddress: '203.0.113.8' })).statusCode).toBe(201);
    expect((await first.app.server.inject({ method: 'GET', url: '/healthz', remoteAddress: '203.0.113.7' })).statusCode).toBe(200);
  });

  it('limits an encoded path to the same route as its plain spelling, over a real socket', async () => {
    // fetch sends the path as written: %61 is "a", so the router serves /api/... while the raw URL does not start with it.
    const statuses: number[] = [];
    for (const path of ['/%61pi/webchat/sessions', '/api/webchat/sessions', '/%61pi/webchat/sessions', '/api/%77ebchat/sessions', '/%61pi/webchat/sessions', '/%61pi/webchat/sessions', '/%61pi/webchat/sessions']) {
      statuses.push((await fetch(`${third.baseUrl}${path}`, { method: 'POST' })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    const messages = await fetch(`${third.baseUrl}/%61pi/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity('u-encoded', 'hi')) });
    expect(messages.status).toBe(429);
  });

  it('tells a flooding web chat customer politely, once, in their language — whichever process they reach — and others are not affected', async () => {
    const say = await webChatCustomer(first);
    const replies: string[] = [];
    for (const [i, text] of ['my washer will not drain', 'hello?', 'anyone there', 'please help', 'still there?'].entries()) {
      replies.push(await say(text, i % 2 ? second : first));
    }
    expect(replies.slice(0, 3).every((reply) => reply.length > 0 && !/a little fast/.test(reply))).toBe(true);
    expect(replies[3]).toMatch(/sending messages a little fast[\s\S]*wait a minute/);
    expect(replies[4]).toBe('');
    expect(await (await webChatCustomer(second))('洗衣机不排水')).toMatch(/洗衣机/);
  });

  it('answers a Chinese customer over the limit in Chinese', async () => {
    const say = await webChatCustomer(first);
    for (let i = 0; i < 3; i++) await say(`洗衣机不排水${i}`);
    expect(await say('在吗', second)).toMatch(/发消息有点快/);
  });

  it('answers a caller that reads replies from the HTTP response (expectReplies) 429 with Retry-After instead', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await (i % 2 ? second : first).app.server.inject({ method: 'POST', url: '/api/messages', remoteAddress: nextAddress(), payload: activity('http-flooder', `hi ${i}`) });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers['retry-after']).toBe('60');
    expect(JSON.parse(last!.body)).toMatchObject({ code: 'CUSTOMER_RATE_LIMITED' });
  });
});
