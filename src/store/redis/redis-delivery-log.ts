import type { DeliveryClaim, DeliveryLog } from '../../bot/delivery-log.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/**
 * A claim is `lease:<token>:<lease end ms>`, a handled delivery `done`; the key itself expires after
 * `keepMs`. The lease end is read against Redis's own clock (TIME), so processes with skewed clocks
 * agree on when a dead holder's lease lapsed. Any other value (the old `1` claims) counts as done.
 * Returns 1 claimed, 2 reclaimed, 0 refused. Lua `claim(key, token, leaseMs, keepMs)`, shared with the
 * turn store's opening script.
 */
export const CLAIM_LUA = `
local function claim(key, token, leaseMs, keepMs)
  local t = redis.call('TIME')
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  local value = 'lease:' .. token .. ':' .. string.format('%.0f', now + tonumber(leaseMs))
  -- NX first: a new delivery (the common case) costs one command rather than a GET and a SET.
  if redis.call('SET', key, value, 'PX', keepMs, 'NX') then return 1 end
  local held = redis.call('GET', key)
  local leaseEnd = tonumber(string.match(held, '^lease:[^:]*:(%d+)$'))
  if leaseEnd == nil or leaseEnd > now then return 0 end
  redis.call('SET', key, value, 'PX', keepMs)
  return 2
end
`;
const CLAIM = defineScript(`${CLAIM_LUA}
return claim(KEYS[1], ARGV[1], ARGV[2], ARGV[3])
`);

/**
 * Done only by the claim's own token: a holder whose lease lapsed and was reclaimed must not mark the
 * new turn's delivery. Lua `complete(key, token, keepMs)`, shared with the turn store's closing script.
 */
export const COMPLETE_LUA = `
local function complete(key, token, keepMs)
  local held = redis.call('GET', key)
  local prefix = 'lease:' .. token .. ':'
  if held and string.sub(held, 1, string.len(prefix)) == prefix then
    redis.call('SET', key, 'done', 'PX', keepMs)
    return 1
  end
  return 0
end
`;
const COMPLETE = defineScript(`${COMPLETE_LUA}
return complete(KEYS[1], ARGV[1], ARGV[2])
`);

export const CLAIM_REPLIES: Record<number, DeliveryClaim> = { 0: 'refused', 1: 'claimed', 2: 'reclaimed' };

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

export function ms(value: number): number {
  return Math.max(1, Math.ceil(value));
}
