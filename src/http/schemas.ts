import { z } from 'zod';
import { TicketStatusSchema } from '../tickets/ticket.js';

/** What the web chat page may post. Text is bounded here too; the bot answers overlong text politely. */
export const WebChatInboundSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message'),
    id: z.string().min(1).max(100).optional(),
    text: z.string().max(100_000),
    name: z.string().max(60).optional(),
    locale: z.string().max(20).optional(),
  }),
  z.object({
    type: z.literal('join'),
    id: z.string().min(1).max(100).optional(),
    name: z.string().max(60).optional(),
    locale: z.string().max(20).optional(),
  }),
]);
export type WebChatInbound = z.infer<typeof WebChatInboundSchema>;

/** The stream's URL: a stream ticket, once (a repeated parameter arrives as an array and is refused with 400). */
export const WebChatStreamQuerySchema = z.object({ ticket: z.string('give the stream ticket once, as ?ticket=').min(1).max(1000) });

/**
 * The least a Bot Framework activity needs before botbuilder sees it; botbuilder validates the
 * rest. Checked here so a malformed post gets a 400 that says what is wrong.
 */
export const BotActivitySchema = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }).passthrough(),
  from: z.object({ id: z.string().min(1), name: z.string().max(200).optional() }).passthrough(),
  serviceUrl: z.string().optional(),
  text: z.string().optional(),
  // What the bot reads of an attachment; anything else in one is botbuilder's business.
  attachments: z.array(z.object({
    contentType: z.string().min(1).max(200),
    contentUrl: z.string().max(2000).optional(),
    name: z.string().max(300).optional(),
  }).passthrough()).max(20).optional(),
}).passthrough();

export const TicketListQuerySchema = z.object({
  status: TicketStatusSchema.optional(),
  /** Only tickets past their response or on-site deadline. */
  overdue: z.literal('true', 'use overdue=true, or leave it out').optional(),
  /** One customer's tickets: both the channel and the customer's id on it. */
  channel: z.string().min(1).max(40).optional(),
  userId: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
}).refine((query) => (query.channel === undefined) === (query.userId === undefined), {
  message: 'give channel and userId together',
  path: ['userId'],
});

export const TicketTransitionBodySchema = z.strictObject({
  to: TicketStatusSchema,
  note: z.string().trim().min(1).max(500).optional(),
});

export const TicketParamsSchema = z.object({ id: z.string().min(1).max(40) });

/** A customer as their channel names them, for the deletion request (ids are opaque, bounded only in length). */
export const CustomerParamsSchema = z.object({ channel: z.string().min(1).max(64), userId: z.string().min(1).max(256) });
