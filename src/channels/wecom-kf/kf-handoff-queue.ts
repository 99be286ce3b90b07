import type { HandoffQueue } from '../../handoff/handoff-request.js';
import type { KfSessionStates } from './kf-session-states.js';
import { WECOM_KF_CHANNEL_ID } from './to-activity.js';

/**
 * The handoff queue, telling WeCom's session state what happened to a WeCom customer. Here because
 * every handoff, claim and give-back passes through the queue exactly once, in the process that
 * made it, whichever desk (console, Slack) asked — as recordingHandoffQueue does for the dashboard.
 */
export function kfHandoffQueue(queue: HandoffQueue, states: KfSessionStates): HandoffQueue {
  const ours = (customer: { channel: string }) => customer.channel === WECOM_KF_CHANNEL_ID;
  return {
    async enqueue(request) {
      const queued = await queue.enqueue(request);
      if (ours(queued.customer) && queued.requestedAt === request.requestedAt && queued.version === 1) states.handedOff(queued.customer.conversationId);
      return queued;
    },
    get: (conversationId) => queue.get(conversationId),
    list: () => queue.list(),
    async claim(conversationId, agentId, at) {
      const held = await queue.claim(conversationId, agentId, at);
      if (ours(held.customer) && held.claimedAt === at) states.claimed(held.customer.conversationId, agentId);
      return held;
    },
    requeue: (conversationId, agentId) => queue.requeue(conversationId, agentId),
    async release(conversationId) {
      const request = await queue.get(conversationId);
      await queue.release(conversationId);
      if (request && ours(request.customer)) states.givenBack(request.customer.conversationId, Boolean(request.claimedBy));
    },
  };
}
