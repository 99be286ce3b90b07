import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type SqliteDatabase } from '../../../src/store/sqlite/open-sqlite.js';
import { openRedis, type RedisClient } from '../../../src/store/redis/open-redis.js';
import { SqliteArticleRevisionStore } from '../../../src/store/sqlite/sqlite-article-revision-store.js';
import { SqliteConversationEvents } from '../../../src/store/sqlite/sqlite-conversation-events.js';
import { RedisArticleRevisionStore } from '../../../src/store/redis/redis-article-revision-store.js';
import { RedisConversationEvents } from '../../../src/store/redis/redis-conversation-events.js';
import { redisKeys } from '../../../src/store/redis/redis-keys.js';
import { RedisKbReloadBus } from '../../../src/store/redis/redis-kb-reload-bus.js';
import { InProcessKbReloadBus, type KbReloadBus, type KbReloadEvent } from '../../../src/kb/editor/kb-reload-bus.js';
import { describeArticleRevisionStoreContract } from '../../contracts/article-revision-store.contract.js';
import { describeConversationEventsContract } from '../../contracts/conversation-events.contract.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

function sqliteFixture<T>(build: (db: SqliteDatabase) => T) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osb-sqlite-'));
    const [db, peerDb] = [openSqlite(dir), openSqlite(dir)];
    return {
      store: build(db), peer: build(peerDb),
      async close() { db.close(); peerDb.close(); rmSync(dir, { recursive: true, force: true }); },
    };
  };
}

let redis: RedisServer;
let prefixes = 0;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis?.destroy(); });

function redisFixture<T>(build: (client: RedisClient, prefix: string) => T) {
  return async () => {
    const prefix = `bo${++prefixes}:`;
    const [client, peerClient] = await Promise.all([openRedis({ url: redis.url }), openRedis({ url: redis.url })]);
    return {
      store: build(client, prefix), peer: build(peerClient, prefix),
      async close() { await Promise.all([client.quit(), peerClient.quit()]); },
    };
  };
}

describeArticleRevisionStoreContract('SqliteArticleRevisionStore', sqliteFixture((db) => new SqliteArticleRevisionStore(db)));
describeArticleRevisionStoreContract('RedisArticleRevisionStore', redisFixture((client, prefix) => new RedisArticleRevisionStore(client, redisKeys(prefix))));
describeConversationEventsContract('SqliteConversationEvents', sqliteFixture((db) => new SqliteConversationEvents(db)));
describeConversationEventsContract('RedisConversationEvents', redisFixture((client, prefix) => new RedisConversationEvents(client, redisKeys(prefix))));

function nextEvent(bus: KbReloadBus): Promise<KbReloadEvent> {
  return new Promise((resolve) => { const stop = bus.subscribe((event) => { stop(); resolve(event); }); });
}

describe.each([
  ['InProcessKbReloadBus', async () => { const bus = new InProcessKbReloadBus(); return [bus, bus] as const; }],
  ['RedisKbReloadBus', async () => {
    const channel = `bo-reload-${++prefixes}`;
    return [await RedisKbReloadBus.open({ url: redis.url, channel }), await RedisKbReloadBus.open({ url: redis.url, channel })] as const;
  }],
])('%s', (_name, open) => {
  it('delivers a publish to every subscriber, the publisher included', async () => {
    const [one, other] = await open();
    const heardHere = nextEvent(one);
    const heardThere = nextEvent(other);
    await one.publish({ articleId: 'washer-not-draining', revision: 3, origin: 'p1' });
    expect(await heardThere).toEqual({ articleId: 'washer-not-draining', revision: 3, origin: 'p1' });
    expect(await heardHere).toEqual({ articleId: 'washer-not-draining', revision: 3, origin: 'p1' });
    await one.close();
    if (other !== one) await other.close();
  });
});
