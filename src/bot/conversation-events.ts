import { z } from 'zod';

/** What the supervisors' dashboard counts; each kind written at one place in the bot or the desk. */
export const CONVERSATION_EVENT_KINDS = {
  started: 'A customer wrote their first message in a conversation (src/bot/middleware/conversation-events.ts).',
  answered: 'The bot began walking the customer through an article (dialogs/support-dialog.ts).',
  resolved: 'The customer said the article fixed it or answered the question (dialogs/support-dialog.ts).',
  'handed-off': 'The conversation joined the agents’ queue (src/store/recording-handoff-queue.ts).',
  claimed: 'An agent took a waiting conversation; waitMs is how long the customer waited (same file).',
  rated: 'The customer gave a 1–5 satisfaction rating (dialogs/survey-dialog.ts).',
  'progress-sent': 'The SLA clock sent a proactive progress report about a ticket (src/app.ts).',
} as const;
export type ConversationEventKind = keyof typeof CONVERSATION_EVENT_KINDS;
const KINDS = Object.keys(CONVERSATION_EVENT_KINDS) as [ConversationEventKind, ...ConversationEventKind[]];

export const ConversationEventSchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(KINDS),
  conversationId: z.string().min(1),
  channel: z.string().min(1),
  /** The customer's id on the channel, on `started`: how a deletion request finds conversations without a ticket. */
  userId: z.string().min(1).optional(),
  articleId: z.string().optional(),
  ticketId: z.string().optional(),
  rating: z.number().int().min(1).max(5).optional(),
  waitMs: z.number().int().min(0).optional(),
});
export type ConversationEvent = z.infer<typeof ConversationEventSchema>;

/**
 * An append-only record of conversation milestones for reports. Implementations:
 * SqliteConversationEvents, RedisConversationEvents; contract: test/contracts/conversation-events.contract.ts.
 */
export interface ConversationEvents {
  record(event: ConversationEvent): Promise<void>;
  /** Events with from <= at < to, oldest first. */
  list(range: { from: Date; to: Date }): Promise<ConversationEvent[]>;
  /** A customer's deletion request: the events stay for the figures, without the customer's id; how many changed. */
  forgetUser(customer: { channel: string; userId: string }): Promise<number>;
}

/** Reports are a side concern: a failed write must never cost the customer their turn. */
export async function recordQuietly(events: ConversationEvents | undefined, event: ConversationEvent, onError?: (err: unknown) => void): Promise<void> {
  if (!events) return;
  try {
    await events.record(event);
  } catch (err) {
    onError?.(err);
  }
}
