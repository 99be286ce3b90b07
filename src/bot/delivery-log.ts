/**
 * Remembers which inbound deliveries were handled, so a channel's retry is handled once.
 * Implementations: SqliteDeliveryLog, RedisDeliveryLog (contract: test/contracts/delivery-log.contract.ts).
 */
export interface DeliveryLog {
  /** true the first time `key` is claimed within `ttlMs`; false for every repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}
