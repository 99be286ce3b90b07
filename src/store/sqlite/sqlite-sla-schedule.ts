import { SlaDueItemSchema, type SlaDueItem, type SlaDueKind, type SlaSchedule } from '../../tickets/sla-schedule.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

type Row = { ticket_id: string; kind: string; due_ms: number };

/**
 * SLA due times in one table. A claim selects and re-dates the due rows inside one IMMEDIATE
 * transaction, which holds the write lock, so two processes never lease the same row.
 */
export class SqliteSlaSchedule implements SlaSchedule {
  readonly #db: SqliteDatabase;
  readonly #upsert;
  readonly #due;
  readonly #lease;
  readonly #removeOne;
  readonly #removeAll;
  readonly #ofTicket;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#upsert = db.prepare<[string, string, number]>(
      'INSERT INTO sla_schedule (ticket_id, kind, due_ms) VALUES (?, ?, ?) '
      + 'ON CONFLICT (ticket_id, kind) DO UPDATE SET due_ms = excluded.due_ms',
    );
    this.#due = db.prepare<[number, number], Row>(
      'SELECT ticket_id, kind, due_ms FROM sla_schedule WHERE due_ms <= ? ORDER BY due_ms, ticket_id, kind LIMIT ?',
    );
    this.#lease = db.prepare<[number, string, string]>('UPDATE sla_schedule SET due_ms = ? WHERE ticket_id = ? AND kind = ?');
    this.#removeOne = db.prepare<[string, string]>('DELETE FROM sla_schedule WHERE ticket_id = ? AND kind = ?');
    this.#removeAll = db.prepare<[string]>('DELETE FROM sla_schedule WHERE ticket_id = ?');
    this.#ofTicket = db.prepare<[string], Row>(
      'SELECT ticket_id, kind, due_ms FROM sla_schedule WHERE ticket_id = ? ORDER BY due_ms, kind',
    );
  }

  async schedule(item: SlaDueItem): Promise<void> {
    const checked = checkBeforeWrite(SlaDueItemSchema, item, 'sla-schedule');
    return sqliteCall(this.#db, () => {
      this.#upsert.run(checked.ticketId, checked.kind, Date.parse(checked.dueAt));
    });
  }

  claimDue(now: Date, leaseMs: number, limit: number): Promise<SlaDueItem[]> {
    if (limit <= 0) return Promise.resolve([]);
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const rows = this.#due.all(now.getTime(), limit);
      for (const row of rows) this.#lease.run(now.getTime() + leaseMs, row.ticket_id, row.kind);
      return rows.map(toItem);
    }).immediate());
  }

  remove(ticketId: string, kind?: SlaDueKind): Promise<void> {
    return sqliteCall(this.#db, () => {
      if (kind) this.#removeOne.run(ticketId, kind);
      else this.#removeAll.run(ticketId);
    });
  }

  pending(ticketId: string): Promise<SlaDueItem[]> {
    return sqliteCall(this.#db, () => this.#ofTicket.all(ticketId).map(toItem));
  }
}

function toItem(row: Row): SlaDueItem {
  const item = { ticketId: row.ticket_id, kind: row.kind, dueAt: new Date(row.due_ms).toISOString() };
  return parseStored(SlaDueItemSchema, JSON.stringify(item), 'sla-schedule');
}
