import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { conflict, parseStoredItem } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/**
 * botbuilder's Storage in SQLite, with MemoryStorage's eTag rules: an item without an eTag, with
 * '*', or for a key not stored yet always writes; otherwise the eTag must match the stored one.
 * Unlike MemoryStorage, one write() call is all or nothing.
 */
export class SqliteStorage implements Storage {
  readonly #db: SqliteDatabase;
  readonly #select;
  readonly #selectEtag;
  readonly #upsert;
  readonly #remove;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#select = db.prepare<[string], { json: string; etag: string }>('SELECT json, etag FROM storage_items WHERE key = ?');
    this.#selectEtag = db.prepare<[string], { etag: string }>('SELECT etag FROM storage_items WHERE key = ?');
    this.#upsert = db.prepare<[string, string, string]>(
      'INSERT INTO storage_items (key, etag, json) VALUES (?, ?, ?) '
      + 'ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json',
    );
    this.#remove = db.prepare<[string]>('DELETE FROM storage_items WHERE key = ?');
  }

  read(keys: string[]): Promise<StoreItems> {
    return sqliteCall(this.#db, () => {
      const items: StoreItems = {};
      for (const key of keys) {
        const stored = this.readNow(key);
        if (stored) items[key] = stored.item;
      }
      return items;
    });
  }

  /**
   * One item and its stored text. The etag column is the truth: the turn store (SqliteTurnStore)
   * stores the JSON without an eTag, and compares that text to tell whether a turn changed it.
   */
  readNow(key: string): { item: StoreItem; json: string } | undefined {
    const row = this.#select.get(key);
    if (!row) return undefined;
    const item = parseStoredItem(row.json, `storage:${key}`);
    item.eTag = row.etag;
    return { item, json: row.json };
  }

  /** write's check and upsert for one item as JSON without its eTag; false on a stale eTag. Inside a transaction. */
  writeNow(key: string, json: string, expected: string | undefined): boolean {
    if (expected && expected !== '*') {
      const stored = this.#selectEtag.get(key);
      if (stored && stored.etag !== expected) return false;
    }
    this.#upsert.run(key, randomUUID(), json);
    return true;
  }

  write(changes: StoreItems): Promise<void> {
    return sqliteCall(this.#db, () => {
      this.#db.transaction(() => {
        for (const [key, item] of Object.entries(changes)) {
          const expected: unknown = item?.eTag;
          if (expected && expected !== '*') {
            const stored = this.#selectEtag.get(key);
            if (stored && stored.etag !== expected) throw conflict({ key, backend: 'sqlite' });
          }
          const eTag = randomUUID();
          this.#upsert.run(key, eTag, JSON.stringify({ ...item, eTag }));
        }
      }).immediate();
    });
  }

  delete(keys: string[]): Promise<void> {
    return sqliteCall(this.#db, () => {
      this.#db.transaction(() => {
        for (const key of keys) this.#remove.run(key);
      })();
    });
  }
}
