import {
  SLA_DUE_KINDS, SlaDueItemSchema, type SlaDueItem, type SlaDueKind, type SlaSchedule,
} from '../../tickets/sla-schedule.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

// KEYS: the due set. ARGV: now (ms), lease end (ms), limit. Reading and re-scoring in one script is
// the claim: no other process can see the items as due between the two. Returns member, score pairs.
const CLAIM_DUE = defineScript(`
local items = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
for i = 1, #items, 2 do redis.call('ZADD', KEYS[1], ARGV[2], items[i]) end
return items
`);

/** `RT-20261122-0042|progress-due`: ticket numbers never contain '|'. */
const member = (ticketId: string, kind: SlaDueKind) => `${ticketId}|${kind}`;

/**
 * SLA due times in one Redis sorted set (member = ticket and kind, score = due time in ms). One key,
 * so the claim script runs on Cluster too.
 */
export class RedisSlaSchedule implements SlaSchedule {
  readonly #client: RedisClient;
  readonly #key: string;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#key = keys.slaDue;
  }

  async schedule(item: SlaDueItem): Promise<void> {
    const checked = checkBeforeWrite(SlaDueItemSchema, item, 'sla-schedule');
    return redisCall(async () => {
      await this.#client.zadd(this.#key, Date.parse(checked.dueAt), member(checked.ticketId, checked.kind));
    });
  }

  claimDue(now: Date, leaseMs: number, limit: number): Promise<SlaDueItem[]> {
    if (limit <= 0) return Promise.resolve([]);
    return redisCall(async () => {
      const at = now.getTime();
      const reply = await runScript(this.#client, CLAIM_DUE, [this.#key], [at, at + leaseMs, limit]) as string[];
      const items: SlaDueItem[] = [];
      for (let i = 0; i < reply.length; i += 2) items.push(toItem(reply[i], Number(reply[i + 1])));
      return items;
    });
  }

  remove(ticketId: string, kind?: SlaDueKind): Promise<void> {
    const kinds = kind ? [kind] : SLA_DUE_KINDS;
    return redisCall(async () => {
      await this.#client.zrem(this.#key, ...kinds.map((k) => member(ticketId, k)));
    });
  }

  pending(ticketId: string): Promise<SlaDueItem[]> {
    return redisCall(async () => {
      const scores = await this.#client.zmscore(this.#key, ...SLA_DUE_KINDS.map((k) => member(ticketId, k)));
      const items = SLA_DUE_KINDS.flatMap((kind, i) => {
        const score = scores[i];
        return score === null ? [] : [toItem(member(ticketId, kind), Number(score))];
      });
      return items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.kind.localeCompare(b.kind));
    });
  }
}

function toItem(value: string, dueMs: number): SlaDueItem {
  const [ticketId, kind] = value.split('|');
  const item = { ticketId, kind, dueAt: Number.isFinite(dueMs) ? new Date(dueMs).toISOString() : '' };
  return parseStored(SlaDueItemSchema, JSON.stringify(item), 'sla-schedule');
}
