import { recordQuietly, type ConversationEvents } from '../bot/conversation-events.js';
import type { HandoffQueue, HandoffRequest } from '../handoff/handoff-request.js';

/**
 * The handoff queue, also writing `handed-off` and `claimed` events for the dashboard. Done here
 * rather than in the desk because every claim passes through the queue exactly once, in the process
 * that made it, whichever desk (console, Slack) asked.
 */
export function recordingHandoffQueue(queue: HandoffQueue, events: ConversationEvents): HandoffQueue {
  const record = (request: HandoffRequest, kind: 'handed-off' | 'claimed', at: string, waitMs?: number) => recordQuietly(events, {
    at, kind, conversationId: request.conversationId, channel: request.customer.channel, ...(waitMs === undefined ? {} : { waitMs }),
  });
  return {
    async enqueue(request) {
      const queued = await queue.enqueue(request);
      // The same requestedAt means this call added it; otherwise it was already waiting.
      if (queued.requestedAt === request.requestedAt && queued.version === 1) await record(queued, 'handed-off', request.requestedAt);
      return queued;
    },
    get: (conversationId) => queue.get(conversationId),
    list: () => queue.list(),
    async claim(conversationId, agentId, at) {
      const held = await queue.claim(conversationId, agentId, at);
      if (held.claimedAt === at) {
        await record(held, 'claimed', at, Math.max(0, Date.parse(at) - Date.parse(held.requestedAt)));
      }
      return held;
    },
    requeue: (conversationId, agentId) => queue.requeue(conversationId, agentId),
    release: (conversationId) => queue.release(conversationId),
  };
}
