import { z } from 'zod';

/**
 * What the engineer's visit and the customer's sign-off add to a ticket (seed digest: out of
 * warranty a quote comes first and the customer confirms; after the repair the customer signs off,
 * then a satisfaction survey). Kept beside TicketSchema so the ticket file stays about intake.
 */
export const QuoteSchema = z.object({
  /** In yuan, as the engineer tells the customer; two decimals at most. */
  amount: z.number().positive().max(1_000_000),
  reason: z.string().min(1).max(300),
  at: z.iso.datetime(),
  by: z.string().min(1),
  /** Absent while the customer has not answered in chat. */
  answer: z.enum(['accepted', 'refused']).optional(),
  answeredAt: z.iso.datetime().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const SignOffSchema = z.object({
  /** When the bot asked the customer whether the repair fixed it. */
  askedAt: z.iso.datetime(),
  /** Absent while waiting; timeout when nobody answered within SIGNOFF_TIMEOUT_HOURS. */
  answer: z.enum(['confirmed', 'denied', 'timeout']).optional(),
  answeredAt: z.iso.datetime().optional(),
});
export type SignOff = z.infer<typeof SignOffSchema>;

const score = z.number().int().min(1).max(5);
/** The documents' dimensions; each may be skipped, so each is optional. */
export const SURVEY_DIMENSIONS = ['speed', 'attitude', 'efficiency', 'overall'] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];
export const PostRepairSurveySchema = z.object({
  speed: score.optional(),
  attitude: score.optional(),
  efficiency: score.optional(),
  overall: score.optional(),
  comment: z.string().max(500).optional(),
  at: z.iso.datetime(),
});
export type PostRepairSurvey = z.infer<typeof PostRepairSurveySchema>;

export const AFTER_VISIT_FIELDS = {
  quote: QuoteSchema.optional(),
  /** Set by "parts needed": the committed replacement-part time (one week in the documents). */
  partsDueAt: z.iso.datetime().optional(),
  signOff: SignOffSchema.optional(),
  /** How often the customer said the repair did not fix it; each one is a strike (事不过三). */
  repeatRepairs: z.number().int().min(0).optional(),
  survey: PostRepairSurveySchema.optional(),
  /** The one courteous check-in some months after the close. */
  careSentAt: z.iso.datetime().optional(),
  /** The customer asked not to be contacted again ("不用再联系我"); no care message goes out. */
  contactOptOutAt: z.iso.datetime().optional(),
};
