import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { WebChatClient } from '../../helpers/web-chat-client.js';
import { SseReader } from '../../helpers/sse-reader.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../../helpers/staff.js';

let redis: RedisServer;
let first: TestApp;
let second: TestApp;

// Two bot processes on one Redis, as a scaled-out deployment runs them.
beforeAll(async () => {
  redis = await startRedisServer();
  const options = { startIdleSweep: false, startSlaClock: false, env: { STAFF_TOKENS: STAFF_TOKENS_ENV, REDIS_URL: redis.url } };
  [first, second] = await Promise.all([startTestApp(options), startTestApp(options)]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await redis?.destroy();
});

describe('handoff across two bot processes on Redis', () => {
  it('shares the queue, one claim, and live events between processes', async () => {
    // A supervisor watches: an agent sees the text of a conversation another agent holds only as ids (issue 17, item 6).
    const stream = await SseReader.open(`${second.baseUrl}/api/handoff/events`, { authorization: `Bearer ${STAFF.zhou}` });
    const chat = await WebChatClient.open(first.baseUrl);
    try {
      await chat.send('洗衣机不排水');
      await chat.send('转人工');
      const id = chat.key;
      await stream.waitFor((event) => event.event === 'handoff.requested' && event.data.includes(id));

      const claims = await Promise.all([
        staffClient(first.baseUrl, STAFF.wang).claim(id),
        staffClient(second.baseUrl, STAFF.li).claim(id),
      ]);
      expect(claims.map((claim) => claim.status).sort()).toEqual([200, 409]);
      const holderToken = claims[0].status === 200 ? STAFF.wang : STAFF.li;

      // The customer talks to process 1; the agent watching process 2 sees it, and the bot stays silent.
      expect(await chat.send('请问还要等多久')).toEqual([]);
      await stream.waitFor((event) => event.event === 'message.customer' && event.data.includes('请问还要等多久'));

      // The agent answers through process 2; the page's live stream is held by process 1.
      const reply = await staffClient(second.baseUrl, holderToken).say(id, '您好，我是客服');
      expect(reply.status).toBeLessThan(300);
      expect((await chat.pushed(/我是客服/, 'agent')).from).toBe('agent');
    } finally {
      await Promise.all([stream.close(), chat.close()]);
    }
  });
});
