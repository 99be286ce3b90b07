import type { HandoffRequest } from './handoff-request.js';

/** A queue entry as agents and the customer see it: where it stands and how long it has waited. */
export interface QueuePosition {
  /** 1 for the next conversation an agent will take; 0 when an agent already holds it. */
  position: number;
  waitedMs: number;
  /** What the customer is told, rounded up to whole minutes; 0 once held. */
  expectedWaitMinutes: number;
}

/**
 * Position among the waiting (unclaimed) requests of a queue already in priority order, and the
 * expected wait: everyone ahead plus this customer, each taking the average handling time. It is an
 * estimate, so it is rounded up — telling a customer "5 minutes" and taking 8 costs more trust than
 * the reverse.
 */
export function positionIn(queue: readonly HandoffRequest[], conversationId: string, now: Date, minutesPerCustomer: number): QueuePosition {
  const request = queue.find((entry) => entry.conversationId === conversationId);
  const waitedMs = request ? Math.max(0, now.getTime() - Date.parse(request.requestedAt)) : 0;
  if (!request || request.claimedBy) return { position: 0, waitedMs, expectedWaitMinutes: 0 };
  const waiting = queue.filter((entry) => !entry.claimedBy);
  const position = waiting.findIndex((entry) => entry.conversationId === conversationId) + 1;
  return { position, waitedMs, expectedWaitMinutes: Math.max(1, Math.ceil(position * minutesPerCustomer)) };
}
