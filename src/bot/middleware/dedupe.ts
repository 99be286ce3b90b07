import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { DeliveryClaim, DeliveryLog } from '../delivery-log.js';
import { perTurn, type PerTurn } from '../per-turn.js';

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

/** This turn's claim on its activity id; `key` is absent for an activity without one. */
export interface TurnDelivery {
  claim: DeliveryClaim;
  key?: string;
  token: string;
}

/**
 * Claims the activity's id in this conversation. An activity without an id cannot be recognised
 * again, so it counts as claimed.
 */
export function deliveryClaim(log: DeliveryLog, options: DeliveryOptions): PerTurn<TurnDelivery> {
  return perTurn('deliveryClaim', async ({ activity }): Promise<TurnDelivery> => {
    const token = randomUUID();
    if (!activity.id) return { claim: 'claimed', token };
    const key = `${activity.channelId}:${activity.conversation.id}:${activity.id}`;
    return { claim: await log.claim(key, token, options.leaseMs, options.keepMs), key, token };
  });
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

/** The second phase: called once the turn's replies are sent and its state saved. */
export function markDelivered(log: DeliveryLog, claimOf: PerTurn<TurnDelivery>, options: DeliveryOptions) {
  return async (turn: TurnContext): Promise<void> => {
    const { claim, key, token } = await claimOf(turn);
    if (key && claim !== 'refused') await log.complete(key, token, options.keepMs);
  };
}
