import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../errors.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

export type SqliteDatabase = Database.Database;

export const SQLITE_FILE_NAME = 'support.db';

/** Waiting this long for another process's write lock is still shorter than a customer's patience. */
const BUSY_TIMEOUT_MS = 5_000;

/** Opens (creating if needed) `<dataDir>/support.db` and brings its schema up to date. */
export function openSqlite(dataDir: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, SQLITE_FILE_NAME));
  } catch (cause) {
    throw new AppError('STORE_UNAVAILABLE', undefined, { details: { dataDir }, cause });
  }
  // WAL lets the HTTP console read while the bot writes, and lets several processes share the file.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL loses no committed transaction when the process crashes or restarts (the WAL
  // is in the OS page cache); only an OS crash or power cut can lose the last few. FULL would fsync
  // on every commit, which costs more than a chat turn should wait. https://sqlite.org/pragma.html#pragma_synchronous
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE takes the write lock first, so two processes starting together cannot both migrate.
  db.transaction(() => {
    const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
    const applied = row.version ?? 0;
    for (const migration of SQLITE_MIGRATIONS) {
      if (migration.version <= applied) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)')
        .run(migration.version, new Date().toISOString());
    }
  }).immediate();
}
