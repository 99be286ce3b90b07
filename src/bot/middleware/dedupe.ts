import type { Middleware } from '../compose.js';
import type { DeliveryLog } from '../delivery-log.js';

/** Channels retry on timeouts: an activity id seen before in this conversation is dropped, not answered twice. */
export function dedupe(log: DeliveryLog, ttlMs: number): Middleware {
  return async function dropRedeliveries(turn, next) {
    const { activity } = turn;
    if (!activity.id) return next();
    const first = await log.claim(`${activity.channelId}:${activity.conversation.id}:${activity.id}`, ttlMs);
    if (first) return next();
  };
}
