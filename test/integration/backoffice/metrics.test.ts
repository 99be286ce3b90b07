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
