import type { DeliveryLog } from '../../bot/delivery-log.js';
import type { RedisClient } from './open-redis.js';
import { redisCall } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/** Deliveries claimed with SET NX PX: Redis expires the claim itself, on its own clock. */
export class RedisDeliveryLog implements DeliveryLog {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    return redisCall(async () => {
      const reply = await this.#client.set(this.#keys.delivery(key), '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX');
      return reply === 'OK';
    });
  }
}
