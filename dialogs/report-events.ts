import type { TurnContext } from 'botbuilder';
import { languageOf } from '../src/bot/turn-language.js';
import { recordQuietly, type ConversationEvent } from '../src/bot/conversation-events.js';
import type { DialogDeps } from './dialog-deps.js';

type Deps = Pick<DialogDeps, 'events' | 'clock' | 'unanswered'>;

/** A dashboard milestone of this conversation; never fails the customer's turn. */
export function recordMilestone(context: TurnContext, deps: Deps, kind: ConversationEvent['kind'], extra: Pick<ConversationEvent, 'articleId' | 'rating' | 'ticketId'> = {}): Promise<void> {
  return recordQuietly(deps.events, {
    at: deps.clock.now().toISOString(), kind, conversationId: context.activity.conversation.id, channel: context.activity.channelId,
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
  });
}

/** "That didn't help" (steps exhausted, or a rating of 1–2) goes on the trainers' unanswered list. */
export async function recordUnhelpful(context: TurnContext, deps: Deps, question: string, articleId?: string): Promise<void> {
  if (!question.trim()) return;
  await deps.unanswered.record({
    at: deps.clock.now().toISOString(),
    conversationId: context.activity.conversation.id,
    channel: context.activity.channelId,
    language: languageOf(context),
    question: question.slice(0, 2000),
    reason: 'unhelpful',
    ...(articleId ? { topArticleId: articleId } : {}),
  }).catch(() => undefined);
}
