import type { DeliveryLog } from '../../bot/delivery-log.js';
import { systemClock, type Clock } from '../../clock.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Deliveries claimed in SQLite; an expired claim is taken over as if it had never been made. */
export class SqliteDeliveryLog implements DeliveryLog {
  readonly #db: SqliteDatabase;
  readonly #clock: Clock;
  readonly #claim;
  readonly #purge;

  /** Unlike Redis, SQLite has no clock of its own for TTLs, so expiry reads the injected one. */
  constructor(db: SqliteDatabase, clock: Clock = systemClock) {
    this.#db = db;
    this.#clock = clock;
    // One statement, so the check and the claim cannot be split by another process.
    this.#claim = db.prepare<[string, number, number]>(
      'INSERT INTO deliveries (key, expires_ms) VALUES (?, ?) '
      + 'ON CONFLICT (key) DO UPDATE SET expires_ms = excluded.expires_ms WHERE deliveries.expires_ms <= ?',
    );
    this.#purge = db.prepare<[number]>('DELETE FROM deliveries WHERE expires_ms <= ?');
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const now = this.#clock.now().getTime();
      // Expired rows are dead weight; the expiry index makes dropping them cheap on every claim.
      this.#purge.run(now);
      return this.#claim.run(key, now + ttlMs, now).changes === 1;
    }).immediate());
  }
}
