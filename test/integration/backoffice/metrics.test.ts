import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let server: TestApp;
beforeAll(async () => { server = await startTestApp(); });
afterAll(async () => { await server?.close(); });

function value(text: string, pattern: RegExp): number {
  const line = text.split('\n').find((l) => pattern.test(l));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('/metrics', () => {
  it('counts turns, replies, retrieval latency and HTTP statuses in Prometheus format', async () => {
    const session = await (await fetch(`${server.baseUrl}/api/webchat/sessions`, { method: 'POST' })).json() as { token: string };
    await fetch(`${server.baseUrl}/api/webchat/activities`, {
      method: 'POST', headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: '洗衣机不排水' }),
    });
    await fetch(`${server.baseUrl}/api/articles`);
    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(value(text, /^osb_turns_total\{channel="webchat"\}/)).toBe(1);
    expect(value(text, /^osb_replies_total\{channel="webchat"\}/)).toBeGreaterThanOrEqual(2);
    expect(value(text, /^osb_retrieval_seconds_count/)).toBeGreaterThanOrEqual(1);
    expect(value(text, /^osb_http_responses_total\{method="POST",route="\/api\/webchat\/activities",status="200"\}/)).toBe(1);
    expect(value(text, /^osb_http_responses_total\{method="GET",route="\/api\/articles",status="401"\}/)).toBe(1);
    expect(text).toContain('osb_tickets_opened_total');
    expect(text).toContain('osb_handoffs_total');
  });
});

describe('/metrics behind METRICS_TOKEN, with labels from a fixed set', () => {
  const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
  let guarded: TestApp;
  beforeAll(async () => {
    guarded = await startTestApp({ startSlaClock: false, env: { METRICS_TOKEN, BOT_FRAMEWORK_ANONYMOUS: 'true', IP_RATE_MAX: '0' } });
  });
  afterAll(async () => { await guarded?.close(); });

  it('refuses a scraper without the token, or with another, with 401', async () => {
    expect((await fetch(`${guarded.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token-000' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'HTTP_UNAUTHORIZED' });
  });

  it('counts 60 made-up channel ids as one `other` series, never as 60 labels', async () => {
    for (let i = 0; i < 60; i++) {
      const answer = await fetch(`${guarded.baseUrl}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `m-${i}`, text: 'hello', channelId: `made-up-${i}`, serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
          conversation: { id: `metrics-conv-${i}` }, from: { id: `metrics-user-${i}` }, recipient: { id: 'bot' },
        }),
      });
      expect(answer.status).toBe(200);
    }
    const text = await (await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(text).not.toContain('made-up-');
    expect(text.split('\n').filter((line) => line.startsWith('osb_turns_total{'))).toEqual(['osb_turns_total{channel="other"} 60']);
  });
});
