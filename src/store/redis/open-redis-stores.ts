import type { Stores } from '../stores.js';
import { openRedis, type RedisConnectionOptions } from './open-redis.js';
import { RedisDeliveryLog } from './redis-delivery-log.js';
import { RedisHandoffQueue } from './redis-handoff-queue.js';
import { redisKeys } from './redis-keys.js';
import { RedisStorage } from './redis-storage.js';
import { RedisTicketStore } from './redis-ticket-store.js';
import { RedisTranscriptStore } from './redis-transcript-store.js';
import { RedisUnansweredLog } from './redis-unanswered-log.js';

export interface RedisStoresOptions extends RedisConnectionOptions {
  /** Prefix of every key, so several deployments can share one Redis. Default `osb:`. */
  keyPrefix?: string;
}

/** Every port on one Redis connection (standalone, Sentinel or Cluster). */
export async function openRedisStores(options: RedisStoresOptions): Promise<Stores> {
  const client = await openRedis(options);
  const keys = redisKeys(options.keyPrefix);
  return {
    kind: 'redis',
    storage: new RedisStorage(client, keys),
    tickets: new RedisTicketStore(client, keys),
    deliveries: new RedisDeliveryLog(client, keys),
    transcripts: new RedisTranscriptStore(client, keys),
    unanswered: new RedisUnansweredLog(client, keys),
    handoffs: new RedisHandoffQueue(client, keys),
    async close() {
      // QUIT lets replies in flight arrive; when Redis is already gone, just drop the socket.
      await client.quit().catch(() => client.disconnect());
    },
  };
}
