import { KbReloadEventSchema, type KbReloadBus, type KbReloadEvent } from '../../kb/editor/kb-reload-bus.js';
import type { RedisConnectionOptions } from './open-redis.js';
import { RedisRelay } from './redis-relay.js';
import { RedisTypedChannel } from './redis-typed-channel.js';

/** Knowledge-base publish events over Redis pub/sub, so every process swaps its index. */
export class RedisKbReloadBus extends RedisTypedChannel<KbReloadEvent> implements KbReloadBus {
  /** Subscribed before it returns, so no publish made afterwards is missed. */
  static async open(options: RedisConnectionOptions & { channel: string }): Promise<RedisKbReloadBus> {
    return new RedisKbReloadBus(await RedisRelay.open(options), KbReloadEventSchema);
  }
}
