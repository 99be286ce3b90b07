import type { RateCounter } from '../../bot/rate-counter.js';
import { systemClock, type Clock } from '../../clock.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Fixed windows in SQLite: a hit after the window ended starts a new one at 1. */
export class SqliteRateCounter implements RateCounter {
  readonly #db: SqliteDatabase;
  readonly #clock: Clock;
  readonly #hit;
  readonly #purge;

  constructor(db: SqliteDatabase, clock: Clock = systemClock) {
    this.#db = db;
    this.#clock = clock;
    this.#hit = db.prepare<[string, number, number, number, number], { count: number }>(
      'INSERT INTO rate_counters (key, count, window_ends_ms) VALUES (?, 1, ?) '
      + 'ON CONFLICT (key) DO UPDATE SET '
      + 'count = CASE WHEN rate_counters.window_ends_ms <= ? THEN 1 ELSE rate_counters.count + 1 END, '
      + 'window_ends_ms = CASE WHEN rate_counters.window_ends_ms <= ? THEN ? ELSE rate_counters.window_ends_ms END '
      + 'RETURNING count',
    );
    this.#purge = db.prepare<[number]>('DELETE FROM rate_counters WHERE window_ends_ms <= ?');
  }

  hit(key: string, windowMs: number): Promise<number> {
    return sqliteCall(this.#db, () => this.#db.transaction(() => this.hitNow(key, windowMs)).immediate());
  }

  /** Inside the caller's transaction (the turn store's opening). */
  hitNow(key: string, windowMs: number): number {
    const now = this.#clock.now().getTime();
    // Ended windows are dead weight; the index on window_ends_ms keeps dropping them cheap.
    this.#purge.run(now);
    const ends = now + windowMs;
    return this.#hit.get(key, ends, now, now, ends)!.count;
  }
}
