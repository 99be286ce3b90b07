import { openRedis, type RedisClient, type RedisConnectionOptions } from '../../../src/store/redis/open-redis.js';
import { RedisDeliveryLog } from '../../../src/store/redis/redis-delivery-log.js';
import { RedisHandoffQueue } from '../../../src/store/redis/redis-handoff-queue.js';
import { RedisSlaSchedule } from '../../../src/store/redis/redis-sla-schedule.js';
import { redisKeys, type RedisKeys } from '../../../src/store/redis/redis-keys.js';
import { RedisStorage } from '../../../src/store/redis/redis-storage.js';
import { RedisTicketStore } from '../../../src/store/redis/redis-ticket-store.js';
import { RedisTranscriptStore } from '../../../src/store/redis/redis-transcript-store.js';
import { RedisUnansweredLog } from '../../../src/store/redis/redis-unanswered-log.js';
import { RedisTurnLock } from '../../../src/store/redis/redis-turn-lock.js';
import { RedisTurnStore } from '../../../src/store/redis/redis-turn-store.js';
import { RedisRateCounter } from '../../../src/store/redis/redis-rate-counter.js';
import { describeTurnLockContract } from '../../contracts/turn-lock.contract.js';
import { describeTurnStoreContract } from '../../contracts/turn-store.contract.js';
import { describeRateCounterContract } from '../../contracts/rate-counter.contract.js';
import { describeDeliveryLogContract } from '../../contracts/delivery-log.contract.js';
import { describeHandoffQueueContract } from '../../contracts/handoff-queue.contract.js';
import { describeSlaScheduleContract } from '../../contracts/sla-schedule.contract.js';
import { describeStorageContract } from '../../contracts/storage.contract.js';
import { describeTicketStoreContract } from '../../contracts/ticket-store.contract.js';
import { describeTranscriptStoreContract } from '../../contracts/transcript-store.contract.js';
import { describeUnansweredLogContract } from '../../contracts/unanswered-log.contract.js';

let fixtures = 0;

/**
 * Runs every contract against the Redis stores. `connection()` is read when a case starts, after
 * the caller's beforeAll started the server. Each case gets a fresh key prefix and two clients:
 * `peer` stands for a second process.
 */
export function describeRedisContracts(topology: string, connection: () => RedisConnectionOptions): void {
  function redisFixture<T>(build: (client: RedisClient, keys: RedisKeys) => T) {
    return async () => {
      const keys = redisKeys(`test${++fixtures}:`);
      const [client, peerClient] = await Promise.all([openRedis(connection()), openRedis(connection())]);
      return {
        store: build(client, keys),
        peer: build(peerClient, keys),
        client,
        keys,
        async close() {
          await Promise.all([client.quit(), peerClient.quit()]);
        },
      };
    };
  }
  const name = (store: string) => `${store} on ${topology}`;

  describeStorageContract(name('RedisStorage'), redisFixture((client, keys) => new RedisStorage(client, keys)));
  describeTicketStoreContract(name('RedisTicketStore'), async () => {
    const fixture = await redisFixture((client, keys) => new RedisTicketStore(client, keys))();
    const writeRaw = async (id: string, raw: string) => { await fixture.client.hset(fixture.keys.tickets.data, id, raw); };
    return { ...fixture, writeRaw };
  });
  describeDeliveryLogContract(name('RedisDeliveryLog'), redisFixture((client, keys) => new RedisDeliveryLog(client, keys)));
  describeTranscriptStoreContract(name('RedisTranscriptStore'),
    redisFixture((client, keys) => new RedisTranscriptStore(client, keys)));
  describeUnansweredLogContract(name('RedisUnansweredLog'), ({ maxEntries }) =>
    redisFixture((client, keys) => new RedisUnansweredLog(client, keys, { maxEntries }))());
  describeHandoffQueueContract(name('RedisHandoffQueue'), redisFixture((client, keys) => new RedisHandoffQueue(client, keys)));
  describeSlaScheduleContract(name('RedisSlaSchedule'), redisFixture((client, keys) => new RedisSlaSchedule(client, keys)));
  describeTurnLockContract(name('RedisTurnLock'), redisFixture((client, keys) => new RedisTurnLock(client, keys)));
  describeTurnStoreContract(name('RedisTurnStore'), redisFixture((client, keys) => ({
    turns: new RedisTurnStore(client, keys), lock: new RedisTurnLock(client, keys), storage: new RedisStorage(client, keys),
    transcripts: new RedisTranscriptStore(client, keys), rates: new RedisRateCounter(client, keys),
  })));
  describeRateCounterContract(name('RedisRateCounter'), redisFixture((client, keys) => new RedisRateCounter(client, keys)));
}
