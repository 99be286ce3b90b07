import { ConversationEventSchema, type ConversationEvent, type ConversationEvents } from '../../bot/conversation-events.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Append-only rows indexed by time; reports read a date range. */
export class SqliteConversationEvents implements ConversationEvents {
  readonly #db: SqliteDatabase;
  readonly #insert;
  readonly #range;
  readonly #forgetUser;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#insert = db.prepare<[number, string]>('INSERT INTO conversation_events (at_ms, json) VALUES (?, ?)');
    this.#range = db.prepare<[number, number], { json: string }>('SELECT json FROM conversation_events WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id');
    this.#forgetUser = db.prepare<[string, string]>(
      "UPDATE conversation_events SET json = json_remove(json, '$.userId') WHERE json_extract(json, '$.channel') = ? AND json_extract(json, '$.userId') = ?");
  }

  async record(event: ConversationEvent): Promise<void> {
    const checked = checkBeforeWrite(ConversationEventSchema, event, 'conversation-event');
    await sqliteCall(this.#db, () => this.#insert.run(Date.parse(checked.at), JSON.stringify(checked)));
  }

  list(range: { from: Date; to: Date }): Promise<ConversationEvent[]> {
    return sqliteCall(this.#db, () => this.#range.all(range.from.getTime(), range.to.getTime())
      .map((row) => parseStored(ConversationEventSchema, row.json, 'conversation-event')));
  }

  forgetUser(customer: { channel: string; userId: string }): Promise<number> {
    return sqliteCall(this.#db, () => this.#forgetUser.run(customer.channel, customer.userId).changes);
  }
}
