import type { RateCounter } from '../../bot/rate-counter.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/** The first hit of a window sets its expiry; one script, so a crash cannot leave a counter that never expires. */
const HIT = defineScript(`
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`);

/** Fixed windows as INCR counters that Redis expires itself. */
export class RedisRateCounter implements RateCounter {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  hit(key: string, windowMs: number): Promise<number> {
    return redisCall(async () =>
      Number(await runScript(this.#client, HIT, [this.#keys.rateCounter(key)], [Math.max(1, Math.ceil(windowMs))])));
  }
}
