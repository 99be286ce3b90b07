import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';

let server: TestApp;
beforeAll(async () => { server = await startTestApp(); });
afterAll(async () => { await server.close(); });

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const valid = {
  type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
  conversation: { id: 'bad-input-conv' }, from: { id: 'bad-input-user' }, recipient: { id: 'bot' }, text: '你好',
};

async function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${server.baseUrl}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { code?: string; message?: string; activities?: unknown[] }) : {} };
}

async function webChatToken(): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/webchat/sessions`, { method: 'POST' });
  return ((await response.json()) as { token: string }).token;
}

/** After every bad request the process must still answer a good one. */
async function stillAnswers() {
  const reply = await post('/api/messages', JSON.stringify({ ...valid, id: crypto.randomUUID() }));
  expect(reply.status).toBe(200);
  expect(reply.body.activities?.length).toBeGreaterThan(0);
}

describe('bad input over HTTP', () => {
  it.each(['/api/messages', '/api/webchat/activities'])('refuses a 10 MB body to %s with 413 {code, message}', async (path) => {
    const token = await webChatToken();
    const body = JSON.stringify({ ...valid, type: 'message', text: TEN_MB });
    const reply = await post(path, body, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ code: 'HTTP_PAYLOAD_TOO_LARGE', message: expect.any(String) });
    await stillAnswers();
  });

  it.each([
    ['missing conversation', { ...valid, conversation: undefined }, /conversation/],
    ['missing from', { ...valid, from: undefined }, /from/],
    ['missing type', { ...valid, type: undefined }, /type/],
  ])('refuses an activity with %s: 400 naming the field', async (_what, activity, field) => {
    const reply = await post('/api/messages', JSON.stringify(activity));
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('CHANNEL_BAD_ACTIVITY');
    expect(reply.body.message).toMatch(field);
    await stillAnswers();
  });

  it('refuses a body that is not JSON with 400 and a reason', async () => {
    const reply = await post('/api/messages', '{"type": "message", ');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'HTTP_BAD_REQUEST', message: expect.stringMatching(/JSON/i) });
    await stillAnswers();
  });

  it('refuses a wrong content type with 415', async () => {
    const reply = await post('/api/messages', 'type=message', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(415);
    expect(reply.body).toMatchObject({ code: 'HTTP_BAD_REQUEST', message: expect.any(String) });
    await stillAnswers();
  });

  it('refuses a web chat post that is not a message or join with 400', async () => {
    const token = await webChatToken();
    const reply = await post('/api/webchat/activities', JSON.stringify({ type: 'explode' }), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('HTTP_BAD_REQUEST');
  });

  it('answers empty, emoji-only and 5,000-character messages politely and keeps the conversation', async () => {
    const bot = new BotFrameworkClient(server.baseUrl);
    expect(texts(await bot.send('洗衣机不排水'))).toMatch(/第 1 步/);
    expect(texts(await bot.send(''))).toMatch(/只能看懂文字/);
    expect(texts(await bot.send('洗'.repeat(5000)))).toMatch(/消息有点长/);
    expect(texts(await bot.send('🙂🙂'))).toMatch(/没太明白/);
    // Still at step 1: the walk goes on, first asking the kind that step 2 depends on.
    expect(texts(await bot.send('还是不行'))).toMatch(/还是波轮的/);
    expect(texts(await bot.send('滚筒'))).toMatch(/第 2 步/);
  });
});
