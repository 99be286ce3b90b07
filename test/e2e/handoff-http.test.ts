import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WebChatClient, textsOf } from '../helpers/web-chat-client.js';
import { SseReader } from '../helpers/sse-reader.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../helpers/staff.js';

let server: TestApp;
const open: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  server = await startTestApp({ env: { STAFF_TOKENS: STAFF_TOKENS_ENV }, startIdleSweep: false, startSlaClock: false });
});
afterEach(async () => { await Promise.all(open.splice(0).map((item) => item.close())); });
afterAll(async () => { await server?.close(); });

async function customer(): Promise<WebChatClient> {
  const client = await WebChatClient.open(server.baseUrl);
  open.push(client);
  return client;
}

async function agentStream(token: string): Promise<SseReader> {
  const stream = await SseReader.open(`${server.baseUrl}/api/handoff/events`, { authorization: `Bearer ${token}` });
  open.push(stream);
  return stream;
}

/** A web chat customer who described a problem and asked for a person. */
async function waitingCustomer(): Promise<WebChatClient> {
  const client = await customer();
  await client.send('洗衣机不排水');
  const replies = await client.send('转人工');
  expect(textsOf(replies)).toMatch(/转接人工客服.*排在第 \d+ 位.*约 \d+ 分钟/s);
  return client;
}

describe('agent takeover through the staff HTTP API', () => {
  it('queues, claims, relays both ways, and hands the conversation back to the bot', async () => {
    const li = staffClient(server.baseUrl, STAFF.li);
    const wang = staffClient(server.baseUrl, STAFF.wang);
    const events = await agentStream(STAFF.li);
    const chat = await waitingCustomer();
    const id = chat.key;

    // 1. The customer is in the queue, with priority and wait.
    const queued = (await li.queue()).body.queue.find((entry) => entry.conversationId === id);
    expect(queued).toMatchObject({ priority: 'normal', reason: 'asked', position: expect.any(Number), waitedMs: expect.any(Number) });
    await events.waitFor((e) => e.event === 'handoff.requested' && e.data.includes(id));

    // 2. One agent claims; another is refused; the customer hears someone joined.
    expect((await li.claim(id)).body.request?.claimedBy).toBe('li');
    expect(await wang.claim(id)).toMatchObject({ status: 409, body: { code: 'HANDOFF_ALREADY_CLAIMED' } });
    await chat.pushed(/人工客服.*已接入/, 'bot');

    // 3. The customer writes: the bot says nothing, the agent's screen gets it.
    expect(await chat.send('你好，排水管我已经检查过了')).toEqual([]);
    await events.waitFor((e) => e.event === 'message.customer' && e.data.includes('排水管我已经检查过了'));

    // 4. The agent's reply reaches the customer's web chat; the other agent may not write.
    expect((await li.say(id, '您好，我是小李，请问是哪个型号？')).status).toBe(201);
    expect((await chat.pushed(/我是小李/, 'agent')).from).toBe('agent');
    expect(await wang.say(id, '我来吧')).toMatchObject({ status: 409, body: { code: 'HANDOFF_ALREADY_CLAIMED' } });

    // 5. The transcript has every message in order, with who sent it.
    const transcript = (await li.transcript(id)).body;
    const said = transcript.entries.map((entry) => `${entry.sender.kind}${entry.sender.id ? `:${entry.sender.id}` : ''}|${entry.text}`);
    const order = ['customer|洗衣机不排水', 'customer|转人工', 'customer|你好，排水管我已经检查过了', 'agent:li|您好，我是小李，请问是哪个型号？']
      .map((line) => said.indexOf(line));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(said.some((line) => line.startsWith('bot|'))).toBe(true);
    expect(transcript.context.language).toBe('zh');

    // 6. Release: the bot asks for a rating, and takes the answer.
    expect((await li.release(id)).body).toEqual({ released: true, resumeAt: 'thank' });
    await chat.pushed(/打个分/, 'bot');
    await events.waitFor((e) => e.event === 'handoff.released' && e.data.includes(id));
    expect(textsOf(await chat.send('5'))).toMatch(/谢谢您的认可/);
    expect((await li.queue()).body.queue.some((entry) => entry.conversationId === id)).toBe(false);
    expect(textsOf(await chat.send('冰箱不制冷'))).not.toBe('');
  });

  it('resumes with "anything else?" when released to the Ask step', async () => {
    const li = staffClient(server.baseUrl, STAFF.li);
    const chat = await waitingCustomer();
    await li.claim(chat.key);
    await li.release(chat.key, 'ask');
    await chat.pushed(/还有什么可以帮您/, 'bot');
    expect(textsOf(await chat.send('冰箱不制冷了'))).toMatch(/冰箱|制冷/);
  });

  it('gives a conversation to exactly one of two agents claiming at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const chat = await waitingCustomer();
      const answers = await Promise.all([STAFF.li, STAFF.wang].map((token) => staffClient(server.baseUrl, token).claim(chat.key)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const winner = answers.find((answer) => answer.status === 200)!.body.request!.claimedBy;
      const held = (await staffClient(server.baseUrl, STAFF.zhou).queue()).body.queue.find((e) => e.conversationId === chat.key);
      expect(held?.claimedBy).toBe(winner);
    }
  });

  it('lets a supervisor take back a conversation another agent holds', async () => {
    const chat = await waitingCustomer();
    await staffClient(server.baseUrl, STAFF.li).claim(chat.key);
    const zhou = staffClient(server.baseUrl, STAFF.zhou);
    expect((await zhou.say(chat.key, '我是主管小周，我来跟进')).status).toBe(201);
    await chat.pushed(/主管小周/, 'agent');
    expect((await zhou.release(chat.key, 'ask')).status).toBe(200);
  });
});

describe('who may use the handoff API', () => {
  const routes = (id: string) => [
    (token?: string) => staffClient(server.baseUrl, token).queue(),
    (token?: string) => staffClient(server.baseUrl, token).claim(id),
    (token?: string) => staffClient(server.baseUrl, token).say(id, 'hi'),
    (token?: string) => staffClient(server.baseUrl, token).release(id),
    (token?: string) => staffClient(server.baseUrl, token).transcript(id),
  ];

  it('refuses every route without a token (401), with a wrong token (401) and to a trainer (403)', async () => {
    for (const call of routes('wc-any')) {
      expect((await call(undefined)).status).toBe(401);
      expect((await call('not-a-staff-token-at-all')).status).toBe(401);
      expect(await call(STAFF.trainer)).toMatchObject({ status: 403, body: { code: 'HTTP_FORBIDDEN' } });
    }
    const stream = await fetch(`${server.baseUrl}/api/handoff/events`, { headers: { authorization: `Bearer ${STAFF.trainer}` } });
    expect(stream.status).toBe(403);
  });

  it('lets agents read only queued or own conversations; supervisors and admin read any', async () => {
    const chat = await waitingCustomer();
    const id = chat.key;
    await staffClient(server.baseUrl, STAFF.li).claim(id);
    expect((await staffClient(server.baseUrl, STAFF.li).transcript(id)).status).toBe(200);
    expect(await staffClient(server.baseUrl, STAFF.wang).transcript(id)).toMatchObject({ status: 403, body: { code: 'HTTP_FORBIDDEN' } });
    expect((await staffClient(server.baseUrl, STAFF.zhou).transcript(id)).status).toBe(200);
    expect((await staffClient(server.baseUrl, STAFF.admin).transcript(id)).status).toBe(200);
    expect((await staffClient(server.baseUrl, STAFF.li).transcript('wc-not-queued')).status).toBe(403);
  });

  it('validates bodies and answers with coded errors', async () => {
    const chat = await waitingCustomer();
    const li = staffClient(server.baseUrl, STAFF.li);
    expect(await li.say(chat.key, '   ')).toMatchObject({ status: 400, body: { code: 'HTTP_BAD_REQUEST' } });
    expect(await li.say(chat.key, '还没认领')).toMatchObject({ status: 409, body: { code: 'HANDOFF_NOT_HELD' } });
    expect(await li.claim('wc-nobody')).toMatchObject({ status: 404, body: { code: 'HANDOFF_NOT_FOUND' } });
    const bad = await fetch(`${server.baseUrl}/api/handoff/${chat.key}/release`, {
      method: 'POST', headers: { authorization: `Bearer ${STAFF.li}`, 'content-type': 'application/json' }, body: JSON.stringify({ resumeAt: 'upsell' }),
    });
    expect(bad.status).toBe(400);
  });
});
