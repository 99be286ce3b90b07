import { TRANSCRIPT_MAX_ENTRIES, TranscriptEntrySchema, type TranscriptEntry, type TranscriptStore } from '../../bot/transcript.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** An entry as stored: checked, then the JSON every reader parses. */
export function storedEntry(entry: TranscriptEntry): string {
  return JSON.stringify(checkBeforeWrite(TranscriptEntrySchema, entry, 'transcript'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Transcript entries in SQLite; the autoincrement id is the order of arrival. */
export class SqliteTranscriptStore implements TranscriptStore {
  readonly #db: SqliteDatabase;
  readonly #insert;
  readonly #all;
  readonly #newest;
  readonly #delete;
  readonly #trim;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#insert = db.prepare<[string, string]>('INSERT INTO transcript_entries (conversation_id, json) VALUES (?, ?)');
    this.#all = db.prepare<[string], { json: string }>(
      'SELECT json FROM transcript_entries WHERE conversation_id = ? ORDER BY id',
    );
    this.#newest = db.prepare<[string, number], { json: string }>(
      'SELECT json FROM (SELECT id, json FROM transcript_entries WHERE conversation_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id',
    );
    this.#delete = db.prepare<[string]>('DELETE FROM transcript_entries WHERE conversation_id = ?');
    this.#trim = db.prepare<[string, string, number]>(
      'DELETE FROM transcript_entries WHERE conversation_id = ? AND id <= (SELECT id FROM transcript_entries WHERE conversation_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
    );
  }

  async append(conversationId: string, ...entries: TranscriptEntry[]): Promise<void> {
    const values = entries.map(storedEntry);
    return sqliteCall(this.#db, () => this.#db.transaction(() => this.appendNow(conversationId, values))());
  }

  /** Inside the caller's transaction (the turn store's): `values` as storedEntry made them. */
  appendNow(conversationId: string, values: readonly string[]): void {
    for (const json of values) this.#insert.run(conversationId, json);
    if (values.length) this.#trim.run(conversationId, conversationId, TRANSCRIPT_MAX_ENTRIES);
  }

  /** A customer entry of this text among the newest `lookback` (a retry's dead turn wrote it), inside the caller's transaction. */
  writtenNow(conversationId: string, text: string, lookback: number): boolean {
    return this.#newest.all(conversationId, lookback).some((row) => {
      const entry = TranscriptEntrySchema.safeParse(safeJson(row.json));
      return entry.success && entry.data.from === 'customer' && entry.data.text === text;
    });
  }

  read(conversationId: string, limit?: number): Promise<TranscriptEntry[]> {
    return sqliteCall(this.#db, () => {
      const rows = limit === undefined ? this.#all.all(conversationId) : this.#newest.all(conversationId, Math.max(0, limit));
      return rows.map((row) => parseStored(TranscriptEntrySchema, row.json, `transcript:${conversationId}`));
    });
  }

  delete(conversationId: string): Promise<number> {
    return sqliteCall(this.#db, () => this.#delete.run(conversationId).changes);
  }
}
