import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeTurns } from '../../../src/bot/middleware/turn-lock.js';
import type { TurnLock } from '../../../src/bot/turn-lock.js';
import { openRedis, type RedisClient } from '../../../src/store/redis/open-redis.js';
import { redisKeys } from '../../../src/store/redis/redis-keys.js';
import { RedisTurnLock } from '../../../src/store/redis/redis-turn-lock.js';
import { openSqlite, type SqliteDatabase } from '../../../src/store/sqlite/open-sqlite.js';
import { SqliteTurnLock } from '../../../src/store/sqlite/sqlite-turn-lock.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

const TTL_MS = 200;
const SLOW_TURN_MS = 1_000;
const turnIn = (conversationId: string) =>
  ({ activity: { channelId: 'web', conversation: { id: conversationId } } }) as unknown as TurnContext;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: RedisServer;
const clients: RedisClient[] = [];
const databases: SqliteDatabase[] = [];
const dir = mkdtempSync(join(tmpdir(), 'osb-slow-turn-'));

beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()));
  for (const db of databases) db.close();
  await redis?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** Two locks on one store, as two processes would have: a Redis client or a SQLite connection each. */
const twoProcesses: [string, () => Promise<[TurnLock, TurnLock]>][] = [
  ['Redis', async () => {
    const keys = redisKeys(`slow${Date.now()}:`);
    const pair = await Promise.all([openRedis({ url: redis.url }), openRedis({ url: redis.url })]);
    clients.push(...pair);
    return [new RedisTurnLock(pair[0], keys), new RedisTurnLock(pair[1], keys)];
  }],
  ['SQLite', async () => {
    const pair = [openSqlite(dir), openSqlite(dir)];
    databases.push(...pair);
    return [new SqliteTurnLock(pair[0]), new SqliteTurnLock(pair[1])];
  }],
];

describe.each(twoProcesses)('a turn slower than TURN_LOCK_TTL_MS on %s', (_name, open) => {
  it('keeps its lease, so the same conversation\'s next turn in another process waits for it', { timeout: 15_000 }, async () => {
    const [here, there] = await open();
    const options = { ttlMs: TTL_MS, waitMs: 5_000 };
    const events: string[] = [];
    // 1. A turn five TTLs long starts in one process.
    const slow = serializeTurns(here, options)(turnIn('c1'), async () => {
      events.push('slow:start');
      await pause(SLOW_TURN_MS);
      events.push('slow:end');
    });
    await pause(50);
    // 2. The customer's next message reaches the other process while the slow turn runs.
    const next = serializeTurns(there, options)(turnIn('c1'), async () => { events.push('next:start'); });
    await Promise.all([slow, next]);
    // 3. It ran only after the slow turn was done, never beside it.
    expect(events).toEqual(['slow:start', 'slow:end', 'next:start']);
  });
});
