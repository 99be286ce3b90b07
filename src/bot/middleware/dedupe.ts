import type { Middleware } from '../compose.js';
import type { DeliveryLog } from '../delivery-log.js';
import { perTurn, type PerTurn } from '../per-turn.js';

/**
 * Claims the activity's id in this conversation: true for its first delivery, false for a channel's
 * retry of one already answered. An activity without an id cannot be recognised again, so it counts as first.
 */
export function firstDelivery(log: DeliveryLog, ttlMs: number): PerTurn<boolean> {
  return perTurn('firstDelivery', ({ activity }) => (activity.id
    ? log.claim(`${activity.channelId}:${activity.conversation.id}:${activity.id}`, ttlMs)
    : Promise.resolve(true)));
}

/** Channels retry on timeouts: an activity id seen before in this conversation is dropped, not answered twice. */
export function dedupe(isFirstDelivery: PerTurn<boolean>): Middleware {
  return async function dropRedeliveries(turn, next) {
    if (await isFirstDelivery(turn)) return next();
  };
}
