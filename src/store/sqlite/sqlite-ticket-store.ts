import { AppError } from '../../errors.js';
import { TicketSchema, type Ticket } from '../../tickets/ticket.js';
import type { RegionSlot, TicketDraft, TicketQuery, TicketStore } from '../../tickets/ticket-store.js';
import {
  DEFAULT_TICKET_LIST_LIMIT, conflict, draftToJson, nextVersion, parseStored, ticketJson, ticketNumber,
} from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

type Row = { json: string };

/**
 * Tickets in SQLite. Numbers come from a per-day counter row bumped inside an IMMEDIATE
 * transaction, which holds the database write lock, so processes sharing the file never hand
 * out the same number.
 */
export class SqliteTicketStore implements TicketStore {
  readonly #db: SqliteDatabase;
  readonly #byId;
  readonly #byIdempotencyKey;
  readonly #nextSeq;
  readonly #insert;
  readonly #update;
  readonly #countSlot;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#byId = db.prepare<[string], Row & { version: number }>('SELECT json, version FROM tickets WHERE id = ?');
    this.#byIdempotencyKey = db.prepare<[string], Row>('SELECT json FROM tickets WHERE idempotency_key = ?');
    this.#nextSeq = db.prepare<[string], { seq: number }>(
      'INSERT INTO ticket_counters (day, seq) VALUES (?, 1) '
      + 'ON CONFLICT (day) DO UPDATE SET seq = seq + 1 RETURNING seq',
    );
    this.#insert = db.prepare(
      'INSERT INTO tickets (id, idempotency_key, status, customer_channel, customer_user, visit_date, created_ms, version, json) '
      + 'VALUES (@id, @idempotencyKey, @status, @channel, @userId, @visitDate, @createdMs, @version, @json)',
    );
    this.#update = db.prepare(
      'UPDATE tickets SET status = @status, customer_channel = @channel, customer_user = @userId, '
      + 'visit_date = @visitDate, created_ms = @createdMs, version = @version, json = @json '
      + 'WHERE id = @id AND version = @expectedVersion',
    );
    // The visit_date index narrows to one day's bookings; the rest is read from the JSON in SQLite.
    this.#countSlot = db.prepare<[Record<string, string>], { n: number }>(
      "SELECT COUNT(*) AS n FROM tickets WHERE visit_date = @date AND status <> 'cancelled' AND id <> @exceptId "
      + "AND json_extract(json, '$.visit.period') = @period AND json_extract(json, '$.region') = @region",
    );
  }

  async create(draft: TicketDraft, day: string): Promise<Ticket> {
    const draftJson = draftToJson(draft, day);
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const existing = this.#byIdempotencyKey.get(draft.idempotencyKey);
      if (existing) return parseTicket(existing.json);
      const { seq } = this.#nextSeq.get(day)!;
      const ticket = parseTicket(ticketJson(ticketNumber(day, seq), draftJson));
      this.#insert.run(columns(ticket));
      return ticket;
    }).immediate());
  }

  get(id: string): Promise<Ticket | undefined> {
    return sqliteCall(this.#db, () => {
      const row = this.#byId.get(id);
      return row ? parseTicket(row.json) : undefined;
    });
  }

  async save(ticket: Ticket): Promise<Ticket> {
    const next = nextVersion(ticket);
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const result = this.#update.run({ ...columns(next), expectedVersion: ticket.version });
      if (result.changes === 1) return next;
      const stored = this.#byId.get(ticket.id);
      if (!stored) throw new AppError('TICKET_NOT_FOUND', undefined, { details: { id: ticket.id } });
      throw conflict({ id: ticket.id, expectedVersion: ticket.version, storedVersion: stored.version });
    }).immediate());
  }

  list(query: TicketQuery): Promise<Ticket[]> {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: query.limit ?? DEFAULT_TICKET_LIST_LIMIT };
    if (query.status) { where.push('status = @status'); params.status = query.status; }
    if (query.visitDate) { where.push('visit_date = @visitDate'); params.visitDate = query.visitDate; }
    if (query.customer) {
      where.push('customer_channel = @channel AND customer_user = @userId');
      params.channel = query.customer.channel;
      params.userId = query.customer.userId;
    }
    const sql = `SELECT json FROM tickets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} `
      // rowid breaks ties of equal createdAt in creation order, as the numbers do.
      + 'ORDER BY created_ms DESC, rowid DESC LIMIT @limit';
    return sqliteCall(this.#db, () => this.#db.prepare<[Record<string, string | number>], Row>(sql)
      .all(params)
      .map((row) => parseTicket(row.json)));
  }

  countBookedVisits(slot: RegionSlot, exceptId?: string): Promise<number> {
    return sqliteCall(this.#db, () => this.#countSlot.get({
      date: slot.date, period: slot.period, region: slot.region, exceptId: exceptId ?? '',
    })!.n);
  }
}

function parseTicket(json: string): Ticket {
  return parseStored(TicketSchema, json, 'ticket');
}

function columns(ticket: Ticket) {
  return {
    id: ticket.id,
    idempotencyKey: ticket.idempotencyKey,
    status: ticket.status,
    channel: ticket.customer.channel,
    userId: ticket.customer.userId,
    visitDate: ticket.visit.date,
    createdMs: Date.parse(ticket.createdAt),
    version: ticket.version,
    json: JSON.stringify(ticket),
  };
}
