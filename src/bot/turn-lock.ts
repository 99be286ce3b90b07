/**
 * One turn at a time per conversation, across processes: a lease on a key, held by a random token
 * and freed by it alone, that expires by itself when its holder dies mid-turn.
 * Implementations: SqliteTurnLock, RedisTurnLock (contract: test/contracts/turn-lock.contract.ts).
 */
export interface TurnLock {
  /** true when `token` now holds `key` for `ttlMs`; false while another unexpired token holds it. */
  tryAcquire(key: string, token: string, ttlMs: number): Promise<boolean>;
  /**
   * Extends the lease `token` holds to `ttlMs` from now, so a slow turn keeps it; false when the
   * lease already expired (it is never brought back: another may have taken the key meanwhile).
   */
  renew(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** Frees `key` if `token` still holds it; false when the lease already expired or passed to another. */
  release(key: string, token: string): Promise<boolean>;
}
