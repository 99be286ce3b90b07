import { ActivityTypes } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { HandoffQueue, HandoffRequest } from '../../handoff/handoff-request.js';

/**
 * While an agent holds the conversation the bot stays silent; the transcript still records
 * everything. While it is queued or held, each customer message is relayed to the agents' screens.
 */
export function handoffRouting(queue: HandoffQueue, relay?: (request: HandoffRequest, text: string) => Promise<void>): Middleware {
  return async function routeToAgent(turn, next) {
    const request = await queue.get(turn.activity.conversation.id);
    if (request && relay && turn.activity.type === ActivityTypes.Message) await relay(request, turn.activity.text ?? '');
    if (request?.claimedBy) return;
    return next();
  };
}
