import { z } from 'zod';
import { LanguageSchema } from '../language.js';
import { ProductLineSchema } from '../kb/article-schema.js';
import { VariantIdSchema } from '../kb/variants.js';
import { AFTER_VISIT_FIELDS } from './after-visit.js';

/** RT-YYYYMMDD-NNNN: short enough to read aloud over the phone and type on a phone keypad. */
export const TICKET_NUMBER_PATTERN = /^RT-\d{8}-\d{4,6}$/;
export const TicketNumberSchema = z.string().regex(TICKET_NUMBER_PATTERN);

export const TICKET_STATUSES = [
  'open', 'dispatched', 'in_progress', 'awaiting_confirmation', 'closed', 'cancelled', 'reopened',
] as const;
export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/** Where to reach the customer again: enough for a channel adapter to send a proactive message. */
export const CustomerRefSchema = z.object({
  channel: z.string().min(1),
  userId: z.string().min(1),
  conversationId: z.string().min(1),
});
export type CustomerRef = z.infer<typeof CustomerRefSchema>;

export const VisitSlotSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  period: z.enum(['morning', 'afternoon', 'evening']),
});
export type VisitSlot = z.infer<typeof VisitSlotSchema>;

export const TicketEventSchema = z.object({
  at: z.iso.datetime(),
  by: z.string().min(1),
  from: TicketStatusSchema.nullable(),
  to: TicketStatusSchema,
  note: z.string().optional(),
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;

export const NewTicketSchema = z.object({
  customer: CustomerRefSchema,
  language: LanguageSchema,
  name: z.string().min(1).max(60),
  phone: z.string().min(5).max(20),
  product: ProductLineSchema,
  model: z.string().min(1).max(60),
  /** The kind of product (front-loader, gas…) as the customer said it in chat; absent when not said or not sure. */
  variant: VariantIdSchema.optional(),
  /** Absent for urgent (safety) tickets, where the bot asks only what the engineer needs to come. */
  purchaseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** unknown: decided on site from the proof of purchase. */
  warranty: z.enum(['in', 'out', 'unknown']),
  /** Out of warranty: the customer agreed in chat that a quote comes before any charge. */
  quoteAccepted: z.boolean(),
  address: z.string().min(2).max(200),
  region: z.string().min(1).max(40),
  visit: VisitSlotSchema,
  problem: z.string().min(1).max(2000),
  articleId: z.string().optional(),
  stepsTried: z.number().int().min(0).default(0),
  priority: z.enum(['normal', 'urgent']).default('normal'),
  /** The conversation's intake id: a retried turn creates the ticket once. */
  idempotencyKey: z.string().min(1),
});
export type NewTicket = z.input<typeof NewTicketSchema>;

/** An SLA deadline the SLA clock found missed; recorded once per kind. */
export const EscalationSchema = z.object({
  kind: z.enum(['response-overdue', 'onsite-overdue']),
  at: z.iso.datetime(),
  dueAt: z.iso.datetime(),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** A file the customer sent about this ticket, stored by reference (the bytes live in the attachment store). */
export const TicketAttachmentSchema = z.object({
  kind: z.enum(['image', 'voice', 'video', 'file']),
  contentType: z.string().min(1),
  name: z.string().min(1).max(200),
  sizeBytes: z.number().int().min(0),
  /** Where the attachment store keeps it, relative to its root. */
  ref: z.string().min(1),
  receivedAt: z.iso.datetime(),
});
export type TicketAttachment = z.infer<typeof TicketAttachmentSchema>;

/** What a customer's deletion request leaves in the personal fields (name keeps its min length of 1). */
export const ANONYMISED = { name: '已删除', phone: '', address: '' } as const;

export const TicketSchema = NewTicketSchema.extend({
  /** Blank only on an anonymised ticket; otherwise as on intake (checked below). */
  phone: z.string().max(20),
  address: z.string().max(200),
  /** Set when the customer's personal data was removed on request; product, dates and status stay for statistics. */
  anonymisedAt: z.iso.datetime().optional(),
  id: TicketNumberSchema,
  status: TicketStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  responseDueAt: z.iso.datetime(),
  onSiteDueAt: z.iso.datetime(),
  rating: z.number().int().min(1).max(5).optional(),
  /** Bumped on every save; a save that names an older version fails with STORE_CONFLICT. */
  version: z.number().int().min(1),
  history: z.array(TicketEventSchema),
  attachments: z.array(TicketAttachmentSchema).optional(),
  /** Set on dispatch: the service point of the customer's region (seed digest). */
  servicePoint: z.string().min(1).max(60).optional(),
  escalations: z.array(EscalationSchema).optional(),
  /** 事不过三: the customer's third ticket in the window; a supervisor looks at it. */
  supervisorFlag: z.object({
    reason: z.literal('three-strikes'),
    at: z.iso.datetime(),
    ticketIds: z.array(TicketNumberSchema),
  }).optional(),
  ...AFTER_VISIT_FIELDS,
}).superRefine((ticket, ctx) => {
  if (ticket.anonymisedAt) return;
  for (const field of ['phone', 'address'] as const) {
    const checked = NewTicketSchema.shape[field].safeParse(ticket[field]);
    for (const issue of checked.error?.issues ?? []) ctx.addIssue({ ...issue, path: [field] });
  }
});
export type Ticket = z.infer<typeof TicketSchema>;
