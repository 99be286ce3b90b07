import type { DeliveryClaim, DeliveryLog } from '../../bot/delivery-log.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/**
 * A claim is `lease:<token>:<lease end ms>`, a handled delivery `done`; the key itself expires after
 * `keepMs`. The lease end is read against Redis's own clock (TIME), so processes with skewed clocks
 * agree on when a dead holder's lease lapsed. Any other value (the old `1` claims) counts as done.
 * Returns 1 claimed, 2 reclaimed, 0 refused.
 */
const CLAIM = defineScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local value = 'lease:' .. ARGV[1] .. ':' .. string.format('%.0f', now + tonumber(ARGV[2]))
local held = redis.call('GET', KEYS[1])
if not held then
  redis.call('SET', KEYS[1], value, 'PX', ARGV[3])
  return 1
end
local leaseEnd = tonumber(string.match(held, '^lease:[^:]*:(%d+)$'))
if leaseEnd == nil or leaseEnd > now then return 0 end
redis.call('SET', KEYS[1], value, 'PX', ARGV[3])
return 2
`);

/** Done only by the claim's own token: a holder whose lease lapsed and was reclaimed must not mark the new turn's delivery. */
const COMPLETE = defineScript(`
local held = redis.call('GET', KEYS[1])
local prefix = 'lease:' .. ARGV[1] .. ':'
if held and string.sub(held, 1, string.len(prefix)) == prefix then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
  return 1
end
return 0
`);

const CLAIM_REPLIES: Record<number, DeliveryClaim> = { 0: 'refused', 1: 'claimed', 2: 'reclaimed' };

/** Deliveries claimed in one script per step, so the check and the change cannot be split by another process. */
export class RedisDeliveryLog implements DeliveryLog {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  claim(key: string, token: string, leaseMs: number, keepMs: number): Promise<DeliveryClaim> {
    return redisCall(async () => {
      const reply = await runScript(this.#client, CLAIM, [this.#keys.delivery(key)], [token, ms(leaseMs), ms(Math.max(keepMs, leaseMs))]);
      return CLAIM_REPLIES[Number(reply)] ?? 'refused';
    });
  }

  complete(key: string, token: string, keepMs: number): Promise<boolean> {
    return redisCall(async () => (await runScript(this.#client, COMPLETE, [this.#keys.delivery(key)], [token, ms(keepMs)])) === 1);
  }
}

function ms(value: number): number {
  return Math.max(1, Math.ceil(value));
}
