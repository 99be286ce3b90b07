import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { FaultCustomer, INTAKE_SCRIPT, replyText, ticketNumberIn } from '../../helpers/fault-customer.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

let redis: RedisServer;
let bot: BotProcess;
let stores: Stores;
beforeAll(async () => {
  redis = await startRedisServer();
  // A short lease, so the restarted process does not wait long for the dead one's to expire.
  bot = await startBotProcess({ REDIS_URL: redis.url, TURN_LOCK_TTL_MS: '3000' });
  stores = await openStores({ dataDir: redis.dir, redis: { url: redis.url } });
});
afterAll(async () => {
  await stores?.close();
  await bot?.destroy();
  await redis?.destroy();
});

/** Every write Redis acknowledged so far, from its AOF (appendfsync always: on disk before the reply). */
function acknowledgedWrites(): string {
  const dir = join(redis.dir, 'appendonlydir');
  const seq = (name: string) => Number(name.split('.')[2]);
  return readdirSync(dir).filter((name) => name.endsWith('.incr.aof')).sort((a, b) => seq(a) - seq(b))
    .map((name) => readFileSync(join(dir, name), 'utf8')).join('');
}

/**
 * Where the turn for the customer's `text` is, read from the AOF while Redis is frozen: begun once
 * the customer's entry is in the transcript, over once the turn lease is released after it.
 */
function turnProgress(conversationId: string, text: string): 'not begun' | 'running' | 'over' {
  const writes = acknowledgedWrites();
  const entry = writes.lastIndexOf(`"from":"customer","text":"${text}"`);
  if (entry < 0) return 'not begun';
  // The lease and delivery keys carry the state key as their hash tag (src/store/redis/redis-keys.ts);
  // after the customer's entry they are written only by the turn's closing.
  return writes.indexOf(`test/conversations/${conversationId}/}`, entry) < 0 ? 'running' : 'over';
}

/**
 * Kills the bot inside the turn for `text`, deterministically: Redis is frozen while the AOF is
 * read, so the bot advances at most one command between looks, and is killed while the turn is open.
 */
async function killInsideTurn(conversationId: string, text: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    redis.freeze();
    const progress = turnProgress(conversationId, text);
    if (progress === 'running') await bot.kill9();
    redis.thaw();
    if (progress === 'running') return;
    if (progress === 'over') throw new Error(`the turn for "${text}" ended before the kill`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`the turn for "${text}" never began`);
}

describe('the bot process killed mid-turn', () => {
  it('resumes the conversation after a restart, with no ticket duplicated and every acknowledged message once', { timeout: 180_000 }, async () => {
    const customer = new FaultCustomer();
    for (const text of INTAKE_SCRIPT.slice(0, 8)) expect((await customer.send(bot.baseUrl, text)).acknowledged).toBe(true);

    // 1. "确认" opens the ticket; the process dies in the middle of that turn.
    const crashedId = randomUUID();
    const cut = customer.send(bot.baseUrl, '确认', crashedId).then(() => 'answered', () => 'cut off');
    await killInsideTurn(customer.conversationId, '确认');
    expect(await cut).toBe('cut off');
    await bot.restart();

    // 2. The channel retries the same activity; when that is not answered the customer types it again.
    const redelivered = await customer.send(bot.baseUrl, '确认', crashedId);
    const confirmed = redelivered.acknowledged ? redelivered : await customer.sendUntilTaken(bot.baseUrl, '确认');
    // Had the ticket been saved before the kill, "确认" now meets the rating question: ask for the number.
    const ticket = ticketNumberIn(confirmed.replies) ?? ticketNumberIn((await customer.send(bot.baseUrl, '我的工单到哪了')).replies);
    expect(ticket).toBeDefined();

    // 3. The rating question is asked and answered once; one ticket, rated.
    const rated = await customer.send(bot.baseUrl, '5');
    expect(replyText(rated.replies)).toMatch(/谢谢您的认可/);
    const tickets = await customer.tickets(bot.baseUrl);
    expect(tickets.map((t) => t.id)).toEqual([ticket]);
    expect(tickets[0].rating).toBe(5);
    // The cut-off "确认" may have reached the transcript before the kill; it is the only extra allowed.
    await customer.expectTranscriptExact(stores, ['确认']);
  });
});
