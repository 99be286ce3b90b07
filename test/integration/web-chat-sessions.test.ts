import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Log } from '../../src/log.js';
import { SseReader } from '../helpers/sse-reader.js';
import { STAFF, STAFF_TOKENS_ENV } from '../helpers/staff.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { streamUrl } from '../helpers/web-chat-client.js';

const HOUR = 60 * 60 * 1000;

interface Session { conversationId: string; userId: string; token: string; expiresAt: string }

async function newSession(server: TestApp): Promise<Session> {
  const answer = await fetch(`${server.baseUrl}/api/webchat/sessions`, { method: 'POST' });
  expect(answer.status).toBe(201);
  return (await answer.json()) as Session;
}

async function post(server: TestApp, token: string, text = '你好') {
  const answer = await fetch(`${server.baseUrl}/api/webchat/activities`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ type: 'message', text }),
  });
  return { status: answer.status, body: (await answer.json()) as { session?: { token: string; expiresAt: string }; code?: string } };
}

const streamStatus = async (url: string) => {
  const answer = await fetch(url);
  await answer.body?.cancel();
  return answer.status;
};

describe('web chat sessions: expiry with renewal, stream tickets, validated query strings', () => {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const logged: Array<Record<string, unknown>> = [];
  const log: Log = { info() {}, warn() {}, debug() {}, error: (fields) => { logged.push(fields as Record<string, unknown>); } };
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ clock, log, startSlaClock: false, startIdleSweep: false, env: { WEBCHAT_SESSION_TTL_MS: String(HOUR), STAFF_TOKENS: STAFF_TOKENS_ENV } });
  });
  afterAll(async () => { await server?.close(); });

  it('expires an unused session after WEBCHAT_SESSION_TTL_MS, and renews one in use past half its life', async () => {
    const idle = await newSession(server);
    const busy = await newSession(server);
    expect(Date.parse(busy.expiresAt) - clock.now().getTime()).toBe(HOUR);
    expect((await post(server, busy.token)).body.session).toBeUndefined();

    clock.advance(40 * 60 * 1000);
    const renewed = (await post(server, busy.token)).body.session;
    expect(renewed).toMatchObject({ token: expect.any(String), expiresAt: new Date(clock.now().getTime() + HOUR).toISOString() });

    clock.advance(40 * 60 * 1000);
    expect(await post(server, idle.token)).toMatchObject({ status: 401, body: { code: 'HTTP_UNAUTHORIZED' } });
    expect((await post(server, busy.token)).status).toBe(401);
    expect((await post(server, renewed!.token)).status).toBe(200);
  });

  it('opens the stream with a one-minute ticket only: not the session token, not an old ticket, and a ticket is no session token', async () => {
    const session = await newSession(server);
    const url = await streamUrl(server.baseUrl, session.token);
    const ticket = new URL(url).searchParams.get('ticket')!;
    expect(ticket).not.toBe(session.token);
    expect(await streamStatus(url)).toBe(200);
    expect(await streamStatus(`${server.baseUrl}/api/webchat/stream?ticket=${encodeURIComponent(session.token)}`)).toBe(401);
    expect(await streamStatus(`${server.baseUrl}/api/webchat/stream?token=${encodeURIComponent(session.token)}`)).toBe(400);
    expect((await post(server, ticket)).status).toBe(401);
    clock.advance(61_000);
    expect(await streamStatus(url)).toBe(401);
  });

  it('answers a repeated query parameter with 400, never a 500 that logs a token', async () => {
    const session = await newSession(server);
    for (const query of [`token=a&token=${session.token}`, `ticket=a&ticket=${session.token}`]) {
      const answer = await fetch(`${server.baseUrl}/api/webchat/stream?${query}`);
      expect(answer.status, query).toBe(400);
      expect(await answer.json()).toMatchObject({ code: 'HTTP_BAD_REQUEST' });
    }
    expect(JSON.stringify(logged)).not.toContain(session.token);
  });

  it('logs a failed request with its route pattern, not the raw URL with its query string', async () => {
    const tickets = server.app.stores.tickets;
    const list = tickets.list;
    tickets.list = () => Promise.reject(new Error('disk on fire'));
    try {
      const answer = await fetch(`${server.baseUrl}/api/tickets?status=open&secret=A-SECRET-IN-THE-URL`, { headers: { authorization: `Bearer ${STAFF.zhou}` } });
      expect(answer.status).toBe(500);
    } finally {
      tickets.list = list;
    }
    const failure = logged.find((fields) => fields.route === '/api/tickets');
    expect(failure).toMatchObject({ code: 'INTERNAL', method: 'GET', route: '/api/tickets' });
    expect(JSON.stringify(logged)).not.toContain('A-SECRET-IN-THE-URL');
  });
});

describe('live web chat streams are capped per session and per address', () => {
  let server: TestApp;
  const open: SseReader[] = [];
  beforeAll(async () => {
    server = await startTestApp({ startSlaClock: false, startIdleSweep: false, env: { WEBCHAT_STREAMS_PER_SESSION: '2', WEBCHAT_STREAMS_PER_ADDRESS: '3' } });
  });
  afterAll(async () => {
    await Promise.all(open.map((reader) => reader.close()));
    await server?.close();
  });

  const openStream = async (session: Session) => {
    const reader = await SseReader.open(await streamUrl(server.baseUrl, session.token));
    open.push(reader);
    return reader;
  };
  const refusal = async (session: Session) => {
    const answer = await fetch(await streamUrl(server.baseUrl, session.token));
    return { status: answer.status, body: (await answer.json()) as { code?: string } };
  };

  it('refuses a third stream of one session with 429, and takes one again once a stream closes', async () => {
    const session = await newSession(server);
    const first = await openStream(session);
    await openStream(session);
    expect(await refusal(session)).toEqual({ status: 429, body: expect.objectContaining({ code: 'HTTP_RATE_LIMITED' }) });
    await first.close();
    open.splice(open.indexOf(first), 1);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const answer = await fetch(await streamUrl(server.baseUrl, session.token));
      if (answer.status === 200) { await answer.body?.cancel(); break; }
      await answer.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The stream just accepted was cancelled at once; wait for its slot too, then fill the session again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await openStream(session);
    expect((await refusal(session)).status).toBe(429);
  });

  it('refuses streams from one address past its cap, whatever session they come from', async () => {
    // This address already holds the previous case's two streams; the cap is three.
    await openStream(await newSession(server));
    expect(await refusal(await newSession(server))).toEqual({ status: 429, body: expect.objectContaining({ code: 'HTTP_RATE_LIMITED' }) });
  });
});
