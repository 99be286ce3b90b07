import type { Stores } from '../stores.js';
import { openRedis, type RedisConnectionOptions } from './open-redis.js';
import { RedisDeliveryLog } from './redis-delivery-log.js';
import { RedisHandoffQueue } from './redis-handoff-queue.js';
import { RedisSlaSchedule } from './redis-sla-schedule.js';
import { redisKeys } from './redis-keys.js';
import { RedisStorage } from './redis-storage.js';
import { RedisTicketStore } from './redis-ticket-store.js';
import { RedisTranscriptStore } from './redis-transcript-store.js';
import { RedisUnansweredLog } from './redis-unanswered-log.js';
import { RedisTurnLock } from './redis-turn-lock.js';
import { RedisTurnStore } from './redis-turn-store.js';
import { RedisRateCounter } from './redis-rate-counter.js';
import { RedisArticleRevisionStore } from './redis-article-revision-store.js';
import { RedisConversationEvents } from './redis-conversation-events.js';
import { recordingHandoffQueue } from '../recording-handoff-queue.js';

export interface RedisStoresOptions extends RedisConnectionOptions {
  /** Prefix of every key, so several deployments can share one Redis. Default `osb:`. */
  keyPrefix?: string;
}

/** Every port on one Redis connection (standalone, Sentinel or Cluster). */
export async function openRedisStores(options: RedisStoresOptions): Promise<Stores> {
  const client = await openRedis(options);
  const keys = redisKeys(options.keyPrefix);
  const conversationEvents = new RedisConversationEvents(client, keys);
  const tickets = new RedisTicketStore(client, keys);
  await tickets.indexVisitSlots().catch((err) => { client.disconnect(); throw err; });
  return {
    kind: 'redis',
    storage: new RedisStorage(client, keys),
    tickets,
    deliveries: new RedisDeliveryLog(client, keys),
    transcripts: new RedisTranscriptStore(client, keys),
    unanswered: new RedisUnansweredLog(client, keys),
    handoffs: recordingHandoffQueue(new RedisHandoffQueue(client, keys), conversationEvents),
    slaSchedule: new RedisSlaSchedule(client, keys),
    turnLock: new RedisTurnLock(client, keys),
    turns: new RedisTurnStore(client, keys),
    rateCounter: new RedisRateCounter(client, keys),
    articleRevisions: new RedisArticleRevisionStore(client, keys),
    conversationEvents,
    async close() {
      // QUIT lets replies in flight arrive; when Redis is already gone, just drop the socket.
      await client.quit().catch(() => client.disconnect());
    },
  };
}
