/**
 * Fixed-window hit counts shared by every process, for the per-customer rate limit.
 * Implementations: SqliteRateCounter, RedisRateCounter (contract: test/contracts/rate-counter.contract.ts).
 */
export interface RateCounter {
  /** Counts one hit on `key`; returns the hits in the current window of `windowMs`, this one included. */
  hit(key: string, windowMs: number): Promise<number>;
}
