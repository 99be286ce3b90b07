import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { SharedAccessToken, type FetchedToken } from '../../../src/channels/wechat-common/shared-access-token.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

/** Two "processes": two SharedAccessToken instances on one store, counting what they fetch from WeChat. */
function twoProcesses(stores: Stores, name: string) {
  const clock = new ManualClock('2030-01-01T00:00:00.000Z');
  let fetches = 0;
  const fetchToken = async (): Promise<FetchedToken> => {
    fetches += 1;
    // Slow enough that the other process asks while this fetch is under way.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { token: `token-${fetches}`, expiresInSeconds: 7200 };
  };
  const make = () => new SharedAccessToken({ name, storage: stores.storage, lock: stores.turnLock, fetchToken, clock });
  return { a: make(), b: make(), clock, fetches: () => fetches };
}

function describeSharing(kind: string, open: () => Promise<Stores>) {
  describe(`SharedAccessToken on ${kind}`, () => {
    let stores: Stores;
    beforeAll(async () => { stores = await open(); });
    afterAll(async () => { await stores.close(); });

    it('fetches once when two processes need a token at the same time', async () => {
      const { a, b, fetches } = twoProcesses(stores, `${kind}-same-time`);
      expect(await Promise.all([a.get(), b.get(), a.get()])).toEqual(['token-1', 'token-1', 'token-1']);
      expect(fetches()).toBe(1);
    });

    it('refreshes before WeChat\'s expiry, once', async () => {
      const { a, b, clock, fetches } = twoProcesses(stores, `${kind}-expiry`);
      await a.get();
      clock.advance((7200 - 6 * 60) * 1000);
      expect(await Promise.all([a.get(), b.get()])).toEqual(['token-1', 'token-1']);
      clock.advance(2 * 60 * 1000);
      expect(await Promise.all([a.get(), b.get()])).toEqual(['token-2', 'token-2']);
      expect(fetches()).toBe(2);
    });

    it('refreshes once when both processes are told their token expired (40001/42001)', async () => {
      const { a, b, fetches } = twoProcesses(stores, `${kind}-rejected`);
      const first = await a.get();
      await b.get();
      expect(await Promise.all([a.refreshAfterRejection(first), b.refreshAfterRejection(first)])).toEqual(['token-2', 'token-2']);
      expect(fetches()).toBe(2);
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'osb-token-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
describeSharing('SQLite', () => openStores({ dataDir }));

let redis: RedisServer;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis.destroy(); });
describeSharing('Redis', () => openStores({ dataDir, redis: { url: redis.url } }));
