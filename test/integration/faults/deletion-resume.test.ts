import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnLockKey } from '../../../src/bot/middleware/turn-lock.js';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { BotFrameworkClient } from '../../helpers/bot-framework-client.js';
import { PROCESS_ADMIN_TOKEN, startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

let redis: RedisServer;
let bot: BotProcess;
let stores: Stores;
beforeAll(async () => {
  redis = await startRedisServer();
  bot = await startBotProcess({ REDIS_URL: redis.url, BOT_FRAMEWORK_ANONYMOUS: 'true', TURN_LOCK_TTL_MS: '1500', TURN_LOCK_WAIT_MS: '200' });
  stores = await openStores({ dataDir: redis.dir, redis: { url: redis.url } });
}, 120_000);
afterAll(async () => {
  await stores?.close();
  await bot?.destroy();
  await redis?.destroy();
});

describe('a customer-data deletion interrupted by a crash', () => {
  it('is resumed by the restarted process and finishes, though the process died while a turn held the conversation', { timeout: 120_000 }, async () => {
    const customer = new BotFrameworkClient(bot.baseUrl);
    await customer.send('洗衣机不排水');
    expect((await stores.transcripts.read(customer.key)).length).toBeGreaterThan(0);
    // 1. A turn holds the conversation (its lease taken here, on the shared Redis, under another token).
    const key = turnLockKey('test', customer.conversationId);
    expect(await stores.turnLock.tryAcquire(key, 'running-turn', 60_000)).toBe(true);

    const answer = await fetch(`${bot.baseUrl}/api/customers/test/${encodeURIComponent(customer.userId)}`, {
      method: 'DELETE', headers: { authorization: `Bearer ${PROCESS_ADMIN_TOKEN}` },
    });
    expect(answer.status).toBe(202);

    // 2. The process dies before its retry; the turn ends meanwhile.
    await bot.kill9();
    await stores.turnLock.release(key, 'running-turn');
    expect((await stores.transcripts.read(customer.key)).length).toBeGreaterThan(0);

    // 3. The next process to start picks the saved job up and finishes it.
    await bot.restart();
    // The job forgets the dashboard events last, after the transcript: wait for both, not the first alone.
    const left = async () => ({
      transcript: await stores.transcripts.read(customer.key),
      events: (await stores.conversationEvents.list({ from: new Date(0), to: new Date(Date.now() + 60_000) })).filter((event) => event.userId === customer.userId),
    });
    const deadline = Date.now() + 15_000;
    let remaining = await left();
    while ((remaining.transcript.length || remaining.events.length) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      remaining = await left();
    }
    expect(remaining).toEqual({ transcript: [], events: [] });
  });
});
