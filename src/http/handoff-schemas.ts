import { z } from 'zod';
import { HandoffRequestSchema } from '../handoff/handoff-request.js';
import { LanguageSchema } from '../language.js';
import { TicketSchema } from '../tickets/ticket.js';

/** Bodies and answers of the staff handoff API (handoff-routes.ts); answers are parsed before they leave. */

export const ConversationParamsSchema = z.object({ conversationId: z.string().min(1).max(200) });

export const AgentMessageBodySchema = z.object({ text: z.string().trim().min(1).max(4000) });

export const ArticleBodySchema = z.object({ articleId: z.string().trim().min(1).max(120) });

export const ReleaseBodySchema = z.object({
  /** Where the bot picks up: thank = the satisfaction survey (default), ask = "anything else?". */
  resumeAt: z.enum(['thank', 'ask']).default('thank'),
});

export const TranscriptQuerySchema = z.object({
  /** Needed only for a conversation no longer queued, to find the bot's state of it. */
  channel: z.string().min(1).max(40).optional(),
  /** The newest entries, oldest first: one page of a long conversation. */
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const QueueEntrySchema = HandoffRequestSchema.extend({
  position: z.number().int().min(0),
  waitedMs: z.number().int().min(0),
  expectedWaitMinutes: z.number().int().min(0),
});

export const QueueAnswerSchema = z.object({ queue: z.array(QueueEntrySchema) });
export const ClaimAnswerSchema = z.object({ request: HandoffRequestSchema });
export const MessageAnswerSchema = z.object({ delivered: z.literal(true), at: z.iso.datetime() });
export const ReleaseAnswerSchema = z.object({ released: z.literal(true), resumeAt: z.enum(['thank', 'ask']) });

export const TranscriptEntryAnswerSchema = z.object({
  at: z.iso.datetime(),
  /** As stored: customer, bot, agent:<id>, system. */
  from: z.string(),
  sender: z.object({ kind: z.enum(['customer', 'bot', 'agent', 'system']), id: z.string().optional() }),
  text: z.string(),
  kind: z.enum(['message', 'event']),
});

export const ConversationContextSchema = z.object({
  language: LanguageSchema.optional(),
  articleTried: z.object({ id: z.string(), title: z.string().optional() }).optional(),
  stepsDone: z.number().int().min(0).optional(),
  rating: z.number().optional(),
  tickets: z.array(TicketSchema),
  handoff: HandoffRequestSchema.optional(),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

export const TranscriptAnswerSchema = z.object({
  conversationId: z.string(),
  entries: z.array(TranscriptEntryAnswerSchema),
  context: ConversationContextSchema,
});

/** "agent:li" → { kind: 'agent', id: 'li' }; who sent each message, for screens that label them. */
export function senderOf(from: string): z.infer<typeof TranscriptEntryAnswerSchema>['sender'] {
  if (from.startsWith('agent:')) return { kind: 'agent', id: from.slice('agent:'.length) };
  if (from === 'customer' || from === 'bot') return { kind: from };
  return { kind: 'system' };
}
