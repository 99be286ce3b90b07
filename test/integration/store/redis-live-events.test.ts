import { afterAll, beforeAll } from 'vitest';
import { RedisLiveEvents } from '../../../src/store/redis/redis-live-events.js';
import { describeLiveEventsContract } from '../../contracts/live-events.contract.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

let redis: RedisServer;
let fixtures = 0;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis?.destroy(); });

// Two instances on their own connections, as two bot processes would hold them.
describeLiveEventsContract('RedisLiveEvents', async () => {
  const channel = `test-live-${++fixtures}`;
  const [store, peer] = await Promise.all([1, 2].map(() => RedisLiveEvents.open({ url: redis.url, channel })));
  return { store, peer, close: async () => { await Promise.all([store.close(), peer.close()]); } };
});
