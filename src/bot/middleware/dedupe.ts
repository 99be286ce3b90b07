import type { Middleware } from '../compose.js';
import type { DeliveryClaim } from '../delivery-log.js';
import type { PerTurn } from '../per-turn.js';

export interface DeliveryOptions {
  /**
   * How long a claim stays live without being marked done: past it, the holder is taken for dead and
   * a retry is handled. The claim is taken under the turn lease, so a live (renewed) turn is never
   * run twice even when it outlasts this; it matters only once the holder is gone.
   */
  leaseMs: number;
  /** How long a delivery is remembered, so a channel's late retry is still recognised. */
  keepMs: number;
}

/**
 * This turn's claim on its activity id, taken with the turn's lease (src/bot/turn-boundary.ts); `key`
 * is absent for an activity without one, which cannot be recognised again and so counts as claimed.
 */
export interface TurnDelivery {
  claim: DeliveryClaim;
  key?: string;
  token: string;
}

/**
 * Channels retry on timeouts: a delivery being handled or handled already is dropped, not answered
 * twice; one whose handler died before finishing is handled by the retry.
 */
export function dedupe(claimOf: PerTurn<TurnDelivery>): Middleware {
  return async function dropRedeliveries(turn, next) {
    if ((await claimOf(turn)).claim !== 'refused') return next();
  };
}
