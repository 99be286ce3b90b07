import { randomUUID } from 'node:crypto';
import type { TurnClosing, TurnOpened, TurnOpening, TurnStore } from '../../bot/turn-store.js';
import { conflict } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import { CLAIM_LUA, CLAIM_REPLIES, COMPLETE_LUA, ms } from './redis-delivery-log.js';
import type { RedisKeys } from './redis-keys.js';
import { RedisStorage, storedState } from './redis-storage.js';

// KEYS: lease, state[, delivery]. ARGV: lease token, lease ms[, claim token, claim lease ms, keep ms].
// nil while another token holds the lease; else {claim, z, json, etag}.
const OPEN = defineScript(`${CLAIM_LUA}
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return false end
local claimed = 1
if KEYS[3] then claimed = claim(KEYS[3], ARGV[3], ARGV[4], ARGV[5]) end
local state = redis.call('HMGET', KEYS[2], 'z', 'json', 'etag')
return {claimed, state[1], state[2], state[3]}
`);

// KEYS: state, lease[, delivery]. ARGV: lease token, write ('1'/'0'), expected eTag ('' none), new
// eTag, deflated JSON, drop the pre-compression field ('1'/'0')[, claim token, keep ms]. 0 on conflict.
// Fenced: a turn whose lease passed to another token (it outlived it) writes nothing; a lease that
// merely expired with no one after it (Redis lost it in a restart) does not stop the write.
const CLOSE = defineScript(`${COMPLETE_LUA}
local holder = redis.call('GET', KEYS[2])
local written = 1
if holder and holder ~= ARGV[1] then written = 0 end
if written == 1 and ARGV[2] == '1' then
  if ARGV[3] ~= '' and ARGV[3] ~= '*' then
    local stored = redis.call('HGET', KEYS[1], 'etag')
    if stored and stored ~= ARGV[3] then written = 0 end
  end
  if written == 1 then
    redis.call('HSET', KEYS[1], 'etag', ARGV[4], 'z', ARGV[5])
    if ARGV[6] == '1' then redis.call('HDEL', KEYS[1], 'json') end
  end
end
if written == 1 and KEYS[3] then complete(KEYS[3], ARGV[7], ARGV[8]) end
if holder == ARGV[1] then redis.call('DEL', KEYS[2]) end
return written
`);

/**
 * A turn's start and end as one script each: the lease, delivery and state keys share a hash slot
 * (redis-keys.ts), so a Cluster runs them together too. Same values as RedisTurnLock,
 * RedisDeliveryLog and RedisStorage, which outside turns read and take them.
 */
export class RedisTurnStore implements TurnStore {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;
  /** Conversations opened with a state still in the uncompressed field, dropped at their close. */
  readonly #legacy = new Set<string>();

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  open({ conversation, token, leaseMs, delivery }: TurnOpening): Promise<TurnOpened> {
    const keys = [this.#keys.turnLock(conversation), this.#keys.storage(conversation)];
    const args: (string | number)[] = [token, ms(leaseMs)];
    if (delivery) {
      keys.push(this.#keys.turnDelivery(conversation, delivery.id));
      args.push(delivery.token, ms(delivery.leaseMs), ms(Math.max(delivery.keepMs, delivery.leaseMs)));
    }
    return redisCall(async () => {
      const reply = await runScript(this.#client, OPEN, keys, args, 'buffers') as [number, Buffer | null, Buffer | null, Buffer | null] | null;
      if (!reply) return { leased: false };
      const [claimed, ...fields] = reply;
      const stored = storedState(fields, conversation);
      if (stored?.legacy) this.#legacy.add(conversation);
      return { leased: true, claim: CLAIM_REPLIES[Number(claimed)] ?? 'refused', state: stored && { item: stored.item, json: stored.json } };
    });
  }

  close({ conversation, token, state, delivery }: TurnClosing): Promise<void> {
    const legacy = this.#legacy.delete(conversation);
    const keys = [this.#keys.storage(conversation), this.#keys.turnLock(conversation)];
    const args: (string | number | Buffer)[] = state
      ? [token, '1', state.eTag ?? '', randomUUID(), RedisStorage.deflate(state.json), legacy ? '1' : '0']
      : [token, '0', '', '', '', '0'];
    if (delivery) {
      keys.push(this.#keys.turnDelivery(conversation, delivery.id));
      args.push(delivery.token, ms(delivery.keepMs));
    }
    return redisCall(async () => {
      if (await runScript(this.#client, CLOSE, keys, args) !== 1) throw conflict({ key: conversation, backend: 'redis' });
    });
  }
}
