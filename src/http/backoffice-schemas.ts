import { z } from 'zod';

/** The article as its file holds it: front matter fields as JSON, plus the Markdown sections as `body`. */
export const ArticleInputSchema = z.object({
  body: z.string().max(100_000),
  /** The revision the trainer started from; a save on top of a newer one is STORE_CONFLICT. */
  baseRevision: z.number().int().min(0).optional(),
}).catchall(z.unknown());

export const ArticleListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(['published', 'draft', 'retired']).optional(),
});

export const ArticleIdParamsSchema = z.object({ id: z.string().min(1).max(100).regex(/^[a-z0-9-]+$/, 'an article id') });

export const RevertBodySchema = z.object({
  revision: z.number().int().min(1),
  /** Make the restored text live at once instead of leaving it as a draft. */
  publish: z.boolean().optional(),
});

export const AskBodySchema = z.object({
  question: z.string().trim().min(1).max(2000),
  draft: z.boolean().default(false),
  language: z.enum(['zh', 'en']).optional(),
  /** The editor's unsaved article, searched in draft mode as if saved. */
  article: ArticleInputSchema.optional(),
});

export const UnansweredQuerySchema = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  reason: z.enum(['none', 'low', 'unhelpful']).optional(),
  /** Groups per page, biggest first; the report reads at most the newest 2,000 questions. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(2000).default(0),
});

export const DraftFromGroupBodySchema = z.object({ groupId: z.string().min(1).max(40), from: z.string().max(40).optional(), to: z.string().max(40).optional() });

export const SummaryQuerySchema = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
