import type { LiveEvents } from '../handoff/live-events.js';
import { InProcessLiveEvents } from '../handoff/in-process-live-events.js';
import { RedisLiveEvents } from './redis/redis-live-events.js';
import type { RedisConnectionOptions } from './redis/open-redis.js';

/** Redis pub/sub when Redis is configured (several processes share events), else in-process. */
export async function openLiveEvents(options: { redis?: RedisConnectionOptions; keyPrefix?: string }): Promise<LiveEvents> {
  if (!options.redis) return new InProcessLiveEvents();
  return RedisLiveEvents.open({ ...options.redis, channel: `${options.keyPrefix ?? 'osb:'}live-events` });
}
