import { z } from 'zod';
import { LanguageSchema } from '../language.js';
import { maskPersonalData } from '../mask-personal-data.js';

export const UnansweredQuestionSchema = z.object({
  at: z.iso.datetime(),
  conversationId: z.string(),
  channel: z.string(),
  language: LanguageSchema,
  question: z.string().max(2000),
  /** none: nothing matched well enough; low: matched weakly; unhelpful: the customer said it didn't help. */
  reason: z.enum(['none', 'low', 'unhelpful']),
  topArticleId: z.string().optional(),
  topScore: z.number().optional(),
  /** Personal data already masked when it was recorded; older records without it are masked on read. */
  masked: z.literal(true).optional(),
});
export type UnansweredQuestion = z.infer<typeof UnansweredQuestionSchema>;

/** What customers asked that the base could not answer: the trainers' to-do list. */
export interface UnansweredLog {
  record(question: UnansweredQuestion): Promise<void>;
  /** Newest first. */
  list(limit?: number): Promise<UnansweredQuestion[]>;
}

/**
 * Masks the question once, when it is written, so a report never pays for masking (and a question
 * never rests in the store with a phone number or an address in it).
 */
export function maskingUnansweredLog(log: UnansweredLog): UnansweredLog {
  return {
    record: (question) => log.record({ ...question, question: maskPersonalData(question.question).slice(0, 2000), masked: true }),
    list: (limit) => log.list(limit),
  };
}
