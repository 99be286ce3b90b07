import { AppError } from '../../errors.js';
import { TicketSchema, type Ticket } from '../../tickets/ticket.js';
import type { RegionSlot, TicketDraft, TicketQuery, TicketStore } from '../../tickets/ticket-store.js';
import { DEFAULT_TICKET_LIST_LIMIT, conflict, draftToJson, nextVersion, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

// KEYS: data hash, day counter, idempotency key, the four index sorted sets, the visit slot set.
// ARGV: day, the draft's JSON without id and version, createdAt in epoch ms (the index score),
// '1' when the ticket holds its visit slot.
// The number format must match ticketNumber() in ../records.ts. Returns {id, json}.
const CREATE = defineScript(`
local existing = redis.call('GET', KEYS[3])
if existing then return {existing, redis.call('HGET', KEYS[1], existing)} end
local seq = redis.call('INCR', KEYS[2])
local id = 'RT-' .. ARGV[1] .. '-' .. string.format('%04d', seq)
local json = '{"id":"' .. id .. '","version":1,' .. string.sub(ARGV[2], 2)
redis.call('HSET', KEYS[1], id, json)
redis.call('SET', KEYS[3], id)
for i = 4, 7 do redis.call('ZADD', KEYS[i], ARGV[3], id) end
if ARGV[4] == '1' then redis.call('SADD', KEYS[8], id) end
return {id, json}
`);

// KEYS: data hash, the four old index sets, the four new ones, the old and new visit slot sets.
// ARGV: id, the JSON read before (compare-and-set: any save in between changed it), the new JSON,
// the new score, '1' when the saved ticket holds its slot. 0 on conflict.
const SAVE = defineScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
for i = 2, 5 do redis.call('ZREM', KEYS[i], ARGV[1]) end
for i = 6, 9 do redis.call('ZADD', KEYS[i], ARGV[4], ARGV[1]) end
redis.call('SREM', KEYS[10], ARGV[1])
if ARGV[5] == '1' then redis.call('SADD', KEYS[11], ARGV[1]) end
return 1
`);

// Indexes tickets stored before the slot sets existed. KEYS: data hash, then one slot set per
// ticket; ARGV: id and the JSON read, per ticket. A ticket changed since the read is skipped: its
// save already put it where it belongs.
const INDEX_SLOTS = defineScript(`
for i = 2, #KEYS do
  if redis.call('HGET', KEYS[1], ARGV[2 * i - 3]) == ARGV[2 * i - 2] then redis.call('SADD', KEYS[i], ARGV[2 * i - 3]) end
end
return 1
`);

/** A cancelled ticket gives its visit slot back. */
const holdsSlot = (ticket: Pick<Ticket, 'status'>) => (ticket.status === 'cancelled' ? '0' : '1');

/**
 * Tickets in Redis: JSON in one hash, a per-day INCR counter for numbers, and sorted sets by
 * creation time (all, per status, per customer, per visit date) for the list filters.
 */
export class RedisTicketStore implements TicketStore {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys['tickets'];

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys.tickets;
  }

  async create(draft: TicketDraft, day: string): Promise<Ticket> {
    const draftJson = draftToJson(draft, day);
    const keys = [
      this.#keys.data, this.#keys.daySeq(day), this.#keys.idempotency(draft.idempotencyKey),
      ...this.#indexKeys(draft), this.#slotKey(draft),
    ];
    return redisCall(async () => {
      const [id, json] = await runScript(this.#client, CREATE, keys, [day, draftJson, Date.parse(draft.createdAt), holdsSlot(draft)]) as
        [string, string | null | undefined];
      if (!json) throw new AppError('STORE_CORRUPT', undefined, { details: { where: 'ticket', id } });
      return parseTicket(json);
    });
  }

  get(id: string): Promise<Ticket | undefined> {
    return redisCall(async () => {
      const json = await this.#client.hget(this.#keys.data, id);
      return json === null ? undefined : parseTicket(json);
    });
  }

  async save(ticket: Ticket): Promise<Ticket> {
    const next = nextVersion(ticket);
    return redisCall(async () => {
      const storedJson = await this.#client.hget(this.#keys.data, ticket.id);
      if (storedJson === null) throw new AppError('TICKET_NOT_FOUND', undefined, { details: { id: ticket.id } });
      const stored = parseTicket(storedJson);
      const mismatch = { id: ticket.id, expectedVersion: ticket.version, storedVersion: stored.version };
      if (stored.version !== ticket.version) throw conflict(mismatch);
      const keys = [this.#keys.data, ...this.#indexKeys(stored), ...this.#indexKeys(next), this.#slotKey(stored), this.#slotKey(next)];
      const args = [ticket.id, storedJson, JSON.stringify(next), Date.parse(next.createdAt), holdsSlot(next)];
      if (await runScript(this.#client, SAVE, keys, args) !== 1) throw conflict(mismatch);
      return next;
    });
  }

  list(query: TicketQuery): Promise<Ticket[]> {
    const limit = query.limit ?? DEFAULT_TICKET_LIST_LIMIT;
    if (limit <= 0) return Promise.resolve([]);
    const index = this.#narrowestIndex(query);
    // Only criteria the chosen index does not cover need checking; each page over-reads a little for
    // them. With none left (a customer's tickets: several lookups a turn), the page is the limit:
    // the answer is the same, without 30 more tickets read and dropped.
    const criteria = [query.customer, query.visitDate, query.status].filter((criterion) => criterion !== undefined).length;
    const pageSize = criteria <= 1 ? limit : Math.max(limit, 50);
    return redisCall(async () => {
      const found: Ticket[] = [];
      for (let start = 0; found.length < limit; start += pageSize) {
        const ids = await this.#client.zrevrange(index, start, start + pageSize - 1);
        if (ids.length === 0) break;
        const values = await this.#client.hmget(this.#keys.data, ...ids);
        for (const json of values) {
          if (json === null) continue;
          const ticket = parseTicket(json);
          if (matches(ticket, query)) found.push(ticket);
          if (found.length === limit) break;
        }
        if (ids.length < pageSize) break;
      }
      return found;
    });
  }

  countBookedVisits(slot: RegionSlot, exceptId?: string): Promise<number> {
    const key = this.#slotKey({ visit: slot, region: slot.region });
    return redisCall(async () => {
      const [count, excluded] = await Promise.all([
        this.#client.scard(key),
        exceptId ? this.#client.sismember(key, exceptId) : Promise.resolve(0),
      ]);
      return count - excluded;
    });
  }

  /**
   * Puts tickets stored before the visit slot sets existed into them, once per Redis: a store
   * opened on older data calls this before serving. Pages through the data hash with HSCAN.
   */
  async indexVisitSlots(): Promise<void> {
    await redisCall(async () => {
      if (await this.#client.exists(this.#keys.slotIndexReady)) return;
      let cursor = '0';
      do {
        const [next, entries] = await this.#client.hscan(this.#keys.data, cursor, 'COUNT', 200);
        cursor = next;
        const keys: string[] = [this.#keys.data];
        const args: string[] = [];
        for (let i = 0; i < entries.length; i += 2) {
          // A record that no longer parses is reported where it is read; it holds no slot here.
          const ticket = tryParseTicket(entries[i + 1]);
          if (!ticket || holdsSlot(ticket) === '0') continue;
          keys.push(this.#slotKey(ticket));
          args.push(entries[i], entries[i + 1]);
        }
        if (args.length > 0) await runScript(this.#client, INDEX_SLOTS, keys, args);
      } while (cursor !== '0');
      await this.#client.set(this.#keys.slotIndexReady, '1');
    });
  }

  #slotKey(ticket: Pick<Ticket, 'visit' | 'region'>): string {
    return this.#keys.byVisitSlot(ticket.visit.date, ticket.visit.period, ticket.region);
  }

  #indexKeys(ticket: Pick<Ticket, 'status' | 'customer' | 'visit'>): string[] {
    return [
      this.#keys.byCreated,
      this.#keys.byStatus(ticket.status),
      this.#keys.byCustomer(ticket.customer.channel, ticket.customer.userId),
      this.#keys.byVisitDate(ticket.visit.date),
    ];
  }

  /** A customer has few tickets and a visit date a few hundred; a status can have very many. */
  #narrowestIndex(query: TicketQuery): string {
    if (query.customer) return this.#keys.byCustomer(query.customer.channel, query.customer.userId);
    if (query.visitDate) return this.#keys.byVisitDate(query.visitDate);
    if (query.status) return this.#keys.byStatus(query.status);
    return this.#keys.byCreated;
  }
}

function matches(ticket: Ticket, query: TicketQuery): boolean {
  return (!query.status || ticket.status === query.status)
    && (!query.visitDate || ticket.visit.date === query.visitDate)
    && (!query.customer || (ticket.customer.channel === query.customer.channel
      && ticket.customer.userId === query.customer.userId));
}

function parseTicket(json: string): Ticket {
  return parseStored(TicketSchema, json, 'ticket');
}

function tryParseTicket(json: string): Ticket | undefined {
  try {
    return parseTicket(json);
  } catch {
    return undefined;
  }
}
