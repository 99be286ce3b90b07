import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import { describeKfSyncStateContract } from '../../contracts/kf-sync-state.contract.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

/** Two openStores on the same data stand for two processes. */
let fixtures = 0;

function storesFixture(open: (dir: string, fixture: number) => ReturnType<typeof openStores>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osb-kf-sync-'));
    const fixture = ++fixtures;
    const [store, peer] = [await open(dir, fixture), await open(dir, fixture)];
    return {
      store, peer,
      async close() {
        await Promise.all([store.close(), peer.close()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

describeKfSyncStateContract('SQLite stores', storesFixture((dir) => openStores({ dataDir: dir })));

let redis: RedisServer;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis.destroy(); });
// A fresh Redis database per case keeps cases apart, as the SQLite cases' fresh files do.
describeKfSyncStateContract('Redis stores', storesFixture((dir, fixture) => openStores({ dataDir: dir, redis: { url: `${redis.url}/${fixture % 16}` } })));
