import fc from 'fast-check';
import './fuzz-seed.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/test-app.js';
import { startFuzzApp } from './fuzz-app.js';
import {
  expectPoliteAnswer, field, forceGc, hostileActivity, hostileBody, hostileText, settledHeap, type Answer,
} from './hostile-payloads.js';

const ACTIVITY_RUNS = 3_000;
const WEB_CHAT_RUNS = 2_000;
const WARM_UP_RUNS = 200;
/** Well above noise (caches, JIT, pools), well below what a leak of even 1 KB a request would add over thousands. */
const HEAP_GROWTH_LIMIT_BYTES = 24 * 1024 * 1024;
/** The turn boundary's generic apology (src/bot/turn-error.ts) means the bot threw: a crash, however politely worded. */
const CRASH_APOLOGY = /出了点问题|went wrong on my side/;

let server: TestApp;
let webChatToken: string;
beforeAll(async () => {
  server = await startFuzzApp();
  const session = await server.app.server.inject({ method: 'POST', url: '/api/webchat/sessions' });
  webChatToken = (JSON.parse(session.body) as { token: string }).token;
});
afterAll(async () => { await server?.close(); });

function expectNoCrashInReplies(answer: Answer, what: string): void {
  if (answer.statusCode !== 200 || !answer.body) return;
  const replies = ((JSON.parse(answer.body) as { activities?: { text?: string }[] }).activities ?? []);
  for (const reply of replies) {
    expect(reply.text ?? '', what).not.toMatch(CRASH_APOLOGY);
    expect(reply.text ?? '', what).not.toMatch(/TypeError|ReferenceError|\[object Object\]|\bat \S+\.ts:\d+/);
  }
}

/** Runs `runs` generated requests after a warm-up, and checks heap use did not grow with them. */
async function fuzzWithFlatMemory<T>(payloads: fc.Arbitrary<T>, runs: number, send: (payload: T) => Promise<void>): Promise<void> {
  const gc = forceGc();
  await fc.assert(fc.asyncProperty(payloads, send), { numRuns: WARM_UP_RUNS });
  const before = settledHeap(gc);
  await fc.assert(fc.asyncProperty(payloads, send), { numRuns: runs });
  const after = settledHeap(gc);
  expect(after - before).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
}

describe('fuzzing the chat endpoints', () => {
  it(`answers ${ACTIVITY_RUNS} hostile Bot Framework posts with a 4xx {code, message} or a polite reply, memory flat`, { timeout: 600_000 }, async () => {
    const authorization = fc.constantFrom(undefined, '', 'Bearer', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==', 'Bearer ' + 'a'.repeat(2000));
    await fuzzWithFlatMemory(fc.tuple(hostileBody(hostileActivity), authorization), ACTIVITY_RUNS, async ([payload, auth]) => {
      const headers: Record<string, string> = { 'content-type': payload.contentType };
      if (auth !== undefined) headers.authorization = auth;
      const answer = await server.app.server.inject({ method: 'POST', url: '/api/messages', headers, payload: payload.body });
      expectPoliteAnswer(answer, `POST /api/messages ${payload.body.slice(0, 200)}`);
      expectNoCrashInReplies(answer, payload.body.slice(0, 200));
    });
  });

  it(`answers ${WEB_CHAT_RUNS} hostile web chat posts the same way, memory flat`, { timeout: 600_000 }, async () => {
    const inbound = fc.record({
      type: field(fc.constantFrom('message', 'message', 'join', 'typing')),
      id: field(fc.string({ minLength: 1, maxLength: 120 })),
      text: field(hostileText),
      name: field(hostileText),
      locale: field(fc.constantFrom('zh-CN', 'en', 'x'.repeat(30))),
    }, { requiredKeys: [] });
    const token = fc.constantFrom('valid', 'valid', 'valid', 'none', 'garbage', 'tampered');
    await fuzzWithFlatMemory(fc.tuple(hostileBody(inbound), token), WEB_CHAT_RUNS, async ([payload, which]) => {
      const headers: Record<string, string> = { 'content-type': payload.contentType };
      if (which === 'valid') headers.authorization = `Bearer ${webChatToken}`;
      if (which === 'garbage') headers.authorization = 'Bearer not-a-session';
      if (which === 'tampered') headers.authorization = `Bearer ${webChatToken.slice(0, -2)}xx`;
      const answer = await server.app.server.inject({ method: 'POST', url: '/api/webchat/activities', headers, payload: payload.body });
      expectPoliteAnswer(answer, `POST /api/webchat/activities (${which}) ${payload.body.slice(0, 200)}`);
      expectNoCrashInReplies(answer, payload.body.slice(0, 200));
    });
  });

  it('refuses bodies over BODY_LIMIT_BYTES with 413 and messages over MAX_MESSAGE_CHARS with a polite "please shorten"', async () => {
    const huge = JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) });
    for (const url of ['/api/messages', '/api/webchat/activities']) {
      const answer = await server.app.server.inject({
        method: 'POST', url, payload: huge, headers: { 'content-type': 'application/json', authorization: `Bearer ${webChatToken}` },
      });
      expect(answer.statusCode).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'HTTP_PAYLOAD_TOO_LARGE' });
    }
    for (const [text, polite] of [['洗'.repeat(2001), /消息有点长[\s\S]*2000/], ['ab '.repeat(700), /a bit long[\s\S]*2000/]] as const) {
      const answer = await server.app.server.inject({
        method: 'POST', url: '/api/webchat/activities', headers: { authorization: `Bearer ${webChatToken}` }, payload: { type: 'message', text },
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toMatch(polite);
    }
  });
});
