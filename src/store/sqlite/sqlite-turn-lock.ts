import type { TurnLock } from '../../bot/turn-lock.js';
import { systemClock, type Clock } from '../../clock.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Leases in SQLite; an expired lease is taken over as if it had never been held. */
export class SqliteTurnLock implements TurnLock {
  readonly #db: SqliteDatabase;
  readonly #clock: Clock;
  readonly #acquire;
  readonly #renew;
  readonly #release;
  readonly #holder;

  /** Leases are real waiting time, not domain time, so tests with a ManualClock still get the system clock. */
  constructor(db: SqliteDatabase, clock: Clock = systemClock) {
    this.#db = db;
    this.#clock = clock;
    // One statement, so the check and the take cannot be split by another process.
    this.#acquire = db.prepare<[string, string, number, number]>(
      'INSERT INTO turn_locks (key, token, expires_ms) VALUES (?, ?, ?) '
      + 'ON CONFLICT (key) DO UPDATE SET token = excluded.token, expires_ms = excluded.expires_ms '
      + 'WHERE turn_locks.expires_ms <= ?',
    );
    // An expired row may still carry our token until someone takes it; it counts as lost all the same, as in Redis.
    this.#renew = db.prepare<[number, string, string, number]>(
      'UPDATE turn_locks SET expires_ms = ? WHERE key = ? AND token = ? AND expires_ms > ?',
    );
    this.#release = db.prepare<[string, string]>('DELETE FROM turn_locks WHERE key = ? AND token = ?');
    this.#holder = db.prepare<[string, number], { token: string }>('SELECT token FROM turn_locks WHERE key = ? AND expires_ms > ?');
  }

  tryAcquire(key: string, token: string, ttlMs: number): Promise<boolean> {
    return sqliteCall(this.#db, () => this.acquireNow(key, token, ttlMs));
  }

  /** tryAcquire's statement, for the turn store's transaction (SqliteTurnStore). */
  acquireNow(key: string, token: string, ttlMs: number): boolean {
    const now = this.#clock.now().getTime();
    return this.#acquire.run(key, token, now + ttlMs, now).changes === 1;
  }

  renew(key: string, token: string, ttlMs: number): Promise<boolean> {
    return sqliteCall(this.#db, () => {
      const now = this.#clock.now().getTime();
      return this.#renew.run(now + ttlMs, key, token, now).changes === 1;
    });
  }

  release(key: string, token: string): Promise<boolean> {
    return sqliteCall(this.#db, () => this.releaseNow(key, token));
  }

  /** Whether another token holds an unexpired lease on `key` (the turn store's fence). */
  heldByOtherNow(key: string, token: string): boolean {
    const row = this.#holder.get(key, this.#clock.now().getTime());
    return row !== undefined && row.token !== token;
  }

  releaseNow(key: string, token: string): boolean {
    return this.#release.run(key, token).changes === 1;
  }
}
