import { MessageFactory, type TurnContext } from 'botbuilder';
import { languageOf } from '../src/bot/turn-language.js';
import type { HandoffAsk, HandoffOutcome } from '../src/handoff/handoff-service.js';
import { customerOf, type DialogDeps } from './dialog-deps.js';
import { turnConversationKey } from '../src/bot/conversation-key.js';

/** What the bot needs from the agents' desk: src/handoff/handoff-service.ts. */
export interface HandoffDesk {
  request(ask: HandoffAsk): Promise<HandoffOutcome>;
}

/**
 * Puts the conversation in the agents' queue and tells the customer honestly what happens next:
 * their place and expected wait, or — outside working hours — that nobody is there, with a ticket
 * or a callback to choose from (the choice is read on their next message: resume-after-handoff.ts).
 */
export async function handOff(
  context: TurnContext,
  deps: Pick<DialogDeps, 'desk' | 'profile'>,
  reason: HandoffAsk['reason'],
): Promise<HandoffOutcome> {
  const outcome = await deps.desk.request({
    conversationId: turnConversationKey(context.activity), customer: customerOf(context), language: languageOf(context), reason,
  });
  const profile = await deps.profile.get(context, {});
  profile.handoffRequested = true;
  if (outcome.staffed) delete profile.resumeAt;
  else profile.resumeAt = 'after-hours';
  await context.sendActivity(outcome.suggestions.length
    ? MessageFactory.suggestedActions(outcome.suggestions, outcome.notice)
    : outcome.notice);
  return outcome;
}
