import { UnansweredQuestionSchema, type ConversationKey, type UnansweredLog, type UnansweredQuestion } from '../../kb/unanswered-log.js';
import { DEFAULT_UNANSWERED_MAX_ENTRIES, checkBeforeWrite, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Unanswered questions in SQLite, trimmed to the newest `maxEntries` on every record. */
export class SqliteUnansweredLog implements UnansweredLog {
  readonly #db: SqliteDatabase;
  readonly #insert;
  readonly #trim;
  readonly #newest;
  readonly #forget;

  constructor(db: SqliteDatabase, options: { maxEntries?: number } = {}) {
    this.#db = db;
    const maxEntries = options.maxEntries ?? DEFAULT_UNANSWERED_MAX_ENTRIES;
    this.#insert = db.prepare<[string]>('INSERT INTO unanswered_questions (json) VALUES (?)');
    // AUTOINCREMENT ids never repeat, so everything at or below (newest id - max) is older than the window.
    this.#trim = db.prepare<[number]>(`DELETE FROM unanswered_questions WHERE id <= ? - ${Math.floor(maxEntries)}`);
    this.#newest = db.prepare<[number], { json: string }>('SELECT json FROM unanswered_questions ORDER BY id DESC LIMIT ?');
    this.#forget = db.prepare<[string, string]>(
      "DELETE FROM unanswered_questions WHERE json_extract(json, '$.channel') = ? AND json_extract(json, '$.conversationId') = ?");
  }

  async record(question: UnansweredQuestion): Promise<void> {
    const checked = checkBeforeWrite(UnansweredQuestionSchema, question, 'unanswered');
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const { lastInsertRowid } = this.#insert.run(JSON.stringify(checked));
      this.#trim.run(Number(lastInsertRowid));
    }).immediate());
  }

  list(limit?: number): Promise<UnansweredQuestion[]> {
    // SQLite reads LIMIT -1 as "no limit".
    return sqliteCall(this.#db, () => this.#newest.all(limit === undefined ? -1 : Math.max(0, limit))
      .map((row) => parseStored(UnansweredQuestionSchema, row.json, 'unanswered')));
  }

  forgetConversations(conversations: readonly ConversationKey[]): Promise<number> {
    return sqliteCall(this.#db, () => this.#db.transaction(() => conversations
      .reduce((removed, { channel, conversationId }) => removed + this.#forget.run(channel, conversationId).changes, 0)).immediate());
  }
}
