import { randomUUID } from 'node:crypto';
import { TRANSCRIPT_MAX_ENTRIES } from '../../bot/transcript.js';
import { ARRIVAL_LOOKBACK_ENTRIES, arrivalDue, type TurnClosing, type TurnOpened, type TurnOpening, type TurnStore } from '../../bot/turn-store.js';
import { conflict } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import { CLAIM_LUA, CLAIM_REPLIES, COMPLETE_LUA, ms } from './redis-delivery-log.js';
import type { RedisKeys } from './redis-keys.js';
import { RedisStorage, storedState } from './redis-storage.js';
import { RedisRateCounter } from './redis-rate-counter.js';
import { APPEND_LUA, RedisTranscriptStore, storedEntry, WRITTEN_LUA } from './redis-transcript-store.js';

// KEYS: lease, state, then delivery, rate counter and transcript, each when its ARGV is given. ARGV:
// lease token, lease ms, claim token ('' none), claim lease ms, keep ms, rate window ms ('' no hit),
// hits an earlier attempt counted (''), max hits (''), transcript cap, entry ('' no arrival), its
// text, look-back. {0, hits} while another token holds the lease; else {1, hits, claim, recorded, z, json, etag}.
const OPEN = defineScript(`${CLAIM_LUA}${APPEND_LUA}${WRITTEN_LUA}
local k = 3
local delivery, rate, transcript
if ARGV[3] ~= '' then delivery = KEYS[k]; k = k + 1 end
if ARGV[6] ~= '' then rate = KEYS[k]; k = k + 1 end
if ARGV[10] ~= '' then transcript = KEYS[k] end
local hits
if rate then
  hits = redis.call('INCR', rate)
  if hits == 1 then redis.call('PEXPIRE', rate, ARGV[6]) end
elseif ARGV[7] ~= '' then hits = tonumber(ARGV[7]) end
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return {0, hits or 0} end
local claimed = 1
if delivery then claimed = claim(delivery, ARGV[3], ARGV[4], ARGV[5]) end
local recorded = 0
if transcript and claimed ~= 0 and (ARGV[8] == '' or hits == nil or hits <= tonumber(ARGV[8]))
  and not (claimed == 2 and written(transcript, ARGV[11], ARGV[12])) then
  append(transcript, ARGV[9], ARGV[10])
  recorded = 1
end
local state = redis.call('HMGET', KEYS[2], 'z', 'json', 'etag')
return {1, hits or 0, claimed, recorded, state[1], state[2], state[3]}
`);

// KEYS: state, lease, then delivery and transcript, each when its ARGV is given. ARGV: lease token,
// write ('1'/'0'), expected eTag ('' none), new eTag, deflated JSON, drop the pre-compression field
// ('1'/'0'), claim token ('' none), keep ms, transcript cap ('' no replies), the replies. 0 on conflict.
// Fenced: a turn whose lease passed to another token (it outlived it) writes nothing; a lease that
// merely expired with no one after it (Redis lost it in a restart) does not stop the write. The
// replies are appended first and in every case: they were sent.
const CLOSE = defineScript(`${COMPLETE_LUA}${APPEND_LUA}
local k = 3
local delivery, transcript
if ARGV[7] ~= '' then delivery = KEYS[k]; k = k + 1 end
if ARGV[9] ~= '' then transcript = KEYS[k] end
if transcript then append(transcript, ARGV[9], unpack(ARGV, 10)) end
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
if written == 1 and delivery then complete(delivery, ARGV[7], ARGV[8]) end
if holder == ARGV[1] then redis.call('DEL', KEYS[2]) end
return written
`);

type OpenReply = [number, number, number?, number?, (Buffer | null)?, (Buffer | null)?, (Buffer | null)?];

/**
 * A turn's start and end as one script each: the lease, delivery and state keys share a hash slot
 * (redis-keys.ts), so a Cluster runs them together too. Same values as RedisTurnLock,
 * RedisDeliveryLog and RedisStorage, which outside turns read and take them. The rate counter and
 * the transcript (RedisRateCounter's and RedisTranscriptStore's keys) are in other slots: on one
 * server or Sentinel they join the scripts; on a Cluster the hit and the replies leave beside them,
 * in the same round trip, and the arrival follows the opening in one of its own.
 */
export class RedisTurnStore implements TurnStore {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;
  readonly #rates: RedisRateCounter;
  readonly #transcripts: RedisTranscriptStore;
  /** Conversations opened with a state still in the uncompressed field, dropped at their close. */
  readonly #legacy = new Set<string>();

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
    this.#rates = new RedisRateCounter(client, keys);
    this.#transcripts = new RedisTranscriptStore(client, keys);
  }

  open(opening: TurnOpening): Promise<TurnOpened> {
    return redisCall(() => this.#open(opening));
  }

  async #open({ conversation, token, leaseMs, delivery, hit, arrival }: TurnOpening): Promise<TurnOpened> {
    // Checked before anything is sent, so an invalid entry fails the opening rather than half of it.
    const entry = arrival && storedEntry(arrival.entry);
    const together = !this.#client.isCluster;
    const keys = [this.#keys.turnLock(conversation), this.#keys.storage(conversation)];
    const args: (string | number)[] = [token, ms(leaseMs), '', '', '', '', '', '', '', '', '', ''];
    if (delivery) {
      keys.push(this.#keys.turnDelivery(conversation, delivery.id));
      args.splice(2, 3, delivery.token, ms(delivery.leaseMs), ms(Math.max(delivery.keepMs, delivery.leaseMs)));
    }
    if (together && hit) {
      keys.push(this.#keys.rateCounter(hit.key));
      args[5] = Math.max(1, Math.ceil(hit.windowMs));
    }
    if (together && arrival && entry) {
      keys.push(this.#keys.transcript(arrival.transcript));
      args.splice(6, 6, arrival.hits ?? '', arrival.maxHits ?? '', TRANSCRIPT_MAX_ENTRIES, entry, arrival.entry.text, ARRIVAL_LOOKBACK_ENTRIES);
    }
    // Issued in one tick: on a Cluster the hit shares the opening's round trip.
    const counted = !together && hit ? this.#rates.hit(hit.key, hit.windowMs) : undefined;
    const scripted = runScript(this.#client, OPEN, keys, args, 'buffers') as Promise<OpenReply>;
    const [reply, separateHits] = await Promise.all([scripted, counted]);
    const hits = !hit ? undefined : separateHits ?? Number(reply[1]);
    if (reply[0] !== 1) return { leased: false, ...(hits === undefined ? {} : { hits }) };
    const [, , claimed, recordedInScript, ...fields] = reply;
    const claim = CLAIM_REPLIES[Number(claimed)] ?? 'refused';
    let recorded = recordedInScript === 1;
    if (!together && arrival && arrivalDue(arrival, claim, hits)) {
      recorded = await this.#transcripts.record(arrival.transcript, arrival.entry, claim === 'reclaimed' ? ARRIVAL_LOOKBACK_ENTRIES : 0);
    }
    const stored = storedState([fields[0] ?? null, fields[1] ?? null, fields[2] ?? null], conversation);
    if (stored?.legacy) this.#legacy.add(conversation);
    return {
      leased: true, claim, state: stored && { item: stored.item, json: stored.json },
      ...(hits === undefined ? {} : { hits }), ...(arrival ? { recorded } : {}),
    };
  }

  close(closing: TurnClosing): Promise<void> {
    return redisCall(() => this.#close(closing));
  }

  async #close({ conversation, token, state, delivery, replies }: TurnClosing): Promise<void> {
    const legacy = this.#legacy.delete(conversation);
    const entries = replies?.entries.length ? replies.entries.map(storedEntry) : undefined;
    const together = !this.#client.isCluster;
    const keys = [this.#keys.storage(conversation), this.#keys.turnLock(conversation)];
    const args: (string | number | Buffer)[] = state
      ? [token, '1', state.eTag ?? '', randomUUID(), RedisStorage.deflate(state.json), legacy ? '1' : '0']
      : [token, '0', '', '', '', '0'];
    if (delivery) {
      keys.push(this.#keys.turnDelivery(conversation, delivery.id));
      args.push(delivery.token, ms(delivery.keepMs));
    } else {
      args.push('', '');
    }
    if (together && replies && entries) {
      keys.push(this.#keys.transcript(replies.transcript));
      args.push(TRANSCRIPT_MAX_ENTRIES, ...entries);
    } else {
      args.push('');
    }
    // Issued in one tick: on a Cluster the replies share the closing's round trip.
    const appended = !together && replies && entries ? this.#transcripts.append(replies.transcript, ...replies.entries) : undefined;
    const [written] = await Promise.all([runScript(this.#client, CLOSE, keys, args), appended]);
    if (written !== 1) throw conflict({ key: conversation, backend: 'redis' });
  }
}
