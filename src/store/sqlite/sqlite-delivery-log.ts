import type { DeliveryClaim, DeliveryLog } from '../../bot/delivery-log.js';
import { systemClock, type Clock } from '../../clock.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

interface DeliveryRow {
  token: string | null;
  lease_ends_ms: number | null;
}

/**
 * Deliveries in SQLite: a row holds a claim's token and lease end until the turn is done, then
 * `token` is NULL (rows from before the two phases have no token either, so they count as done).
 * `expires_ms` is when the row is forgotten altogether.
 */
export class SqliteDeliveryLog implements DeliveryLog {
  readonly #db: SqliteDatabase;
  readonly #clock: Clock;
  readonly #find;
  readonly #put;
  readonly #complete;
  readonly #purge;

  /** Unlike Redis, SQLite has no clock of its own for TTLs, so expiry reads the injected one. */
  constructor(db: SqliteDatabase, clock: Clock = systemClock) {
    this.#db = db;
    this.#clock = clock;
    this.#find = db.prepare<[string], DeliveryRow>('SELECT token, lease_ends_ms FROM deliveries WHERE key = ?');
    this.#put = db.prepare<[string, string, number, number]>(
      'INSERT INTO deliveries (key, token, lease_ends_ms, expires_ms) VALUES (?, ?, ?, ?) '
      + 'ON CONFLICT (key) DO UPDATE SET token = excluded.token, lease_ends_ms = excluded.lease_ends_ms, expires_ms = excluded.expires_ms',
    );
    this.#complete = db.prepare<[number, string, string]>(
      'UPDATE deliveries SET token = NULL, lease_ends_ms = NULL, expires_ms = ? WHERE key = ? AND token = ?',
    );
    this.#purge = db.prepare<[number]>('DELETE FROM deliveries WHERE expires_ms <= ?');
  }

  claim(key: string, token: string, leaseMs: number, keepMs: number): Promise<DeliveryClaim> {
    // IMMEDIATE takes the write lock before the read, so two processes cannot both see the row free.
    return sqliteCall(this.#db, () => this.#db.transaction(() => this.claimNow(key, token, leaseMs, keepMs)).immediate());
  }

  /** claim's statements, to run inside a transaction (claim's own, or SqliteTurnStore's). */
  claimNow(key: string, token: string, leaseMs: number, keepMs: number): DeliveryClaim {
    const now = this.#clock.now().getTime();
    // Expired rows are dead weight; the expiry index makes dropping them cheap on every claim.
    this.#purge.run(now);
    const row = this.#find.get(key);
    if (row && (row.token === null || (row.lease_ends_ms ?? 0) > now)) return 'refused';
    this.#put.run(key, token, now + leaseMs, now + Math.max(keepMs, leaseMs));
    return row ? 'reclaimed' : 'claimed';
  }

  complete(key: string, token: string, keepMs: number): Promise<boolean> {
    return sqliteCall(this.#db, () => this.completeNow(key, token, keepMs));
  }

  completeNow(key: string, token: string, keepMs: number): boolean {
    return this.#complete.run(this.#clock.now().getTime() + keepMs, key, token).changes === 1;
  }
}
