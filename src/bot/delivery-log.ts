/**
 * Remembers which inbound deliveries were handled, so a channel's retry is handled once — and a
 * delivery whose process died mid-turn is handled by the retry instead of lost. Two phases: a
 * claim holds a lease while the turn runs; `complete` marks it done once the turn's replies went out.
 * Implementations: SqliteDeliveryLog, RedisDeliveryLog (contract: test/contracts/delivery-log.contract.ts).
 */
export interface DeliveryLog {
  /**
   * Claims `key` for `token` until `leaseMs` from now, remembering it `keepMs`: 'claimed' the first
   * time, 'reclaimed' when an earlier claim's lease lapsed unfinished (its holder died), 'refused'
   * while another claim is live or the delivery is done.
   */
  claim(key: string, token: string, leaseMs: number, keepMs: number): Promise<DeliveryClaim>;
  /** Marks the delivery done, remembered `keepMs`; false when `token` no longer holds the claim. */
  complete(key: string, token: string, keepMs: number): Promise<boolean>;
}

export type DeliveryClaim = 'claimed' | 'reclaimed' | 'refused';
