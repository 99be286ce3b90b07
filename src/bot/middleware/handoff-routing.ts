import { ActivityTypes } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { HandoffQueue, HandoffRequest } from '../../handoff/handoff-request.js';
import { perTurn, type PerTurn } from '../per-turn.js';
import { turnConversationKey } from '../conversation-key.js';

/**
 * While an agent holds the conversation the bot stays silent; the transcript still records
 * everything. While it is queued or held, each customer message is relayed to the agents' screens.
 */
export function handoffRouting(handoffOf: PerTurn<HandoffRequest | undefined>, relay?: (request: HandoffRequest, text: string) => Promise<void>): Middleware {
  return async function routeToAgent(turn, next) {
    const request = await handoffOf(turn);
    if (request && relay && turn.activity.type === ActivityTypes.Message) await relay(request, turn.activity.text ?? '');
    if (request?.claimedBy) return;
    return next();
  };
}

/** The conversation's place in the agents' queue at the start of the turn, if it has one. */
export function handoffAtTurnStart(queue: HandoffQueue): PerTurn<HandoffRequest | undefined> {
  return perTurn('handoffAtTurnStart', (turn) => queue.get(turnConversationKey(turn.activity)));
}
