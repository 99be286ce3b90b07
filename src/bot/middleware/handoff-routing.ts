import type { Middleware } from '../compose.js';
import type { HandoffQueue } from '../../handoff/handoff-request.js';

/** While an agent holds the conversation the bot stays silent; the transcript still records everything. */
export function handoffRouting(queue: HandoffQueue): Middleware {
  return async function routeToAgent(turn, next) {
    const request = await queue.get(turn.activity.conversation.id);
    if (request?.claimedBy) return;
    return next();
  };
}
