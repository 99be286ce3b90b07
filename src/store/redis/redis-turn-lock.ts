import type { TurnLock } from '../../bot/turn-lock.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/** Delete only our own lease: a GET then DEL from the client could free a lease another process took after ours expired. */
const RELEASE = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`);

/** Extend only our own lease, for the same reason; an expired key reads nil and stays free. */
const RENEW = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`);

/** Leases taken with SET NX PX: Redis expires a dead holder's lease on its own clock. */
export class RedisTurnLock implements TurnLock {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  tryAcquire(key: string, token: string, ttlMs: number): Promise<boolean> {
    return redisCall(async () => {
      const reply = await this.#client.set(this.#keys.turnLock(key), token, 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX');
      return reply === 'OK';
    });
  }

  renew(key: string, token: string, ttlMs: number): Promise<boolean> {
    return redisCall(async () => (await runScript(
      this.#client, RENEW, [this.#keys.turnLock(key)], [token, Math.max(1, Math.ceil(ttlMs))],
    )) === 1);
  }

  release(key: string, token: string): Promise<boolean> {
    return redisCall(async () => (await runScript(this.#client, RELEASE, [this.#keys.turnLock(key)], [token])) === 1);
  }
}
