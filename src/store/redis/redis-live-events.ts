import { LiveEventSchema, type LiveEvent, type LiveEvents } from '../../handoff/live-events.js';
import type { RedisConnectionOptions } from './open-redis.js';
import { RedisRelay } from './redis-relay.js';
import { RedisTypedChannel } from './redis-typed-channel.js';

/**
 * Live events over Redis pub/sub, so every bot process (and every agent screen attached to any of
 * them) sees every claim and message. At most once: screens reload state after a reconnect.
 */
export class RedisLiveEvents extends RedisTypedChannel<LiveEvent> implements LiveEvents {
  /** Subscribed before it returns, so no event published afterwards is missed. */
  static async open(options: RedisConnectionOptions & { channel: string; onBadMessage?: (err: unknown) => void }): Promise<RedisLiveEvents> {
    return new RedisLiveEvents(await RedisRelay.open(options), LiveEventSchema, options.onBadMessage);
  }
}
