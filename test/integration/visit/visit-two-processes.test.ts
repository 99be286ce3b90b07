import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { TestApp } from '../../helpers/test-app.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { WebChatClient } from '../../helpers/web-chat-client.js';
import { api, DAY_MS, dispatchedTicket, ENGINEERS, HOUR_MS, startVisitApp } from './visit-fixture.js';

const clock = new ManualClock('2026-11-20T02:00:00.000Z');
let redis: RedisServer;
let a: TestApp;
let b: TestApp;
let customer: WebChatClient;

beforeAll(async () => {
  redis = await startRedisServer();
  a = await startVisitApp(clock, { REDIS_URL: redis.url });
  b = await startVisitApp(clock, { REDIS_URL: redis.url });
  customer = await WebChatClient.open(a.baseUrl);
});
afterAll(async () => {
  await customer?.close();
  await Promise.all([a?.close(), b?.close()]);
  await redis?.destroy();
});

describe('two processes on one Redis', () => {
  it('send the sign-off timeout notice and the care check-in once each', async () => {
    const ticket = await dispatchedTicket(a, clock, customer);
    for (const move of ['on-the-way', 'arrived', 'repaired']) {
      expect((await api(b)('POST', `/api/tickets/${ticket.id}/visit`, ENGINEERS.wu, { move })).status).toBe(200);
    }
    clock.advance(72 * HOUR_MS);
    // 1. Both processes poll the shared schedule at the same moment.
    await Promise.all([a.app.slaClock.tick(), b.app.slaClock.tick()]);
    clock.advance(90 * DAY_MS);
    await Promise.all([a.app.slaClock.tick(), b.app.slaClock.tick()]);
    // 2. Whichever process sent it, the message is in the one shared transcript.
    const sent = (await a.app.stores.transcripts.read(customer.key)).map((entry) => entry.text);
    expect(sent.filter((text) => /一直没收到您的回复/.test(text))).toHaveLength(1);
    expect(sent.filter((text) => /用得还好吗/.test(text))).toHaveLength(1);
    const stored = await a.app.stores.tickets.get(ticket.id);
    expect(stored?.history.filter((event) => event.note === 'Care check-in sent')).toHaveLength(1);
  });
});
