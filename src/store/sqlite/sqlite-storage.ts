import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { conflict, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

const StoreItemSchema = z.record(z.string(), z.unknown());

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
    this.#select = db.prepare<[string], { json: string }>('SELECT json FROM storage_items WHERE key = ?');
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
        const row = this.#select.get(key);
        if (row) items[key] = parseStored(StoreItemSchema, row.json, `storage:${key}`);
      }
      return items;
    });
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
