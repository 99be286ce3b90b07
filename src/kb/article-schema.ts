import { z } from 'zod';
import { LanguageSchema, type Language } from '../language.js';
import { VariantIdSchema } from './variants.js';

/**
 * The knowledge-base article: YAML front matter (validated here) plus a Markdown body with one
 * `## zh` and/or `## en` section holding a summary paragraph and an ordered list of steps.
 * knowledge-base/README.md documents the file format for trainers.
 */

export const PRODUCT_LINES = [
  'washing-machine', 'refrigerator', 'air-conditioner', 'water-heater', 'range-hood',
  'tv', 'router', 'printer', 'phone-tablet', 'dishwasher', 'microwave-oven', 'robot-vacuum', 'laptop',
  'smart-lock', 'gas-stove', 'general',
] as const;
export const ProductLineSchema = z.enum(PRODUCT_LINES);
export type ProductLine = z.infer<typeof ProductLineSchema>;

/** troubleshooting: a fix walked step by step. policy / service: a question answered by the summary. */
export const ArticleCategorySchema = z.enum(['troubleshooting', 'policy', 'service']);

/**
 * self-service: the customer can fix it; ticket only if the steps fail.
 * technician: only checks the customer can safely do; anything beyond is a ticket.
 * safety: stop at once (gas, burning, water near power) — safety advice, then an urgent ticket.
 */
export const EscalationSchema = z.enum(['self-service', 'technician', 'safety']);
export type Escalation = z.infer<typeof EscalationSchema>;

const localizedOptional = z.object({ zh: z.string().min(1), en: z.string().min(1).optional() });
const phraseList = z.array(z.string().min(1)).min(1);

export const UpsellSchema = z.object({
  kind: z.enum(['extended-warranty', 'maintenance-plan', 'accessory', 'upgrade', 'cleaning-service']),
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type Upsell = z.infer<typeof UpsellSchema>;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ArticleFrontMatterSchema = z.object({
  id: z.string().regex(idPattern, 'lower-case words joined by hyphens, e.g. washer-not-draining'),
  title: localizedOptional,
  category: ArticleCategorySchema,
  product: ProductLineSchema,
  models: z.array(z.string().min(1)).default([]),
  languages: z.array(LanguageSchema).min(1),
  symptoms: z.object({ zh: phraseList, en: phraseList.optional() }),
  escalation: EscalationSchema.default('self-service'),
  warranty: localizedOptional.optional(),
  upsell: UpsellSchema.optional(),
  status: z.enum(['published', 'draft', 'retired']).default('published'),
}).strict();
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

/**
 * One chat message worth of instruction; `ifFails` is what to try when this step did not help.
 * `variants`: the kinds of the product it is for (a `[滚筒]` tag); absent, it is for every kind.
 */
export const ArticleStepSchema = z.object({
  text: z.string().min(1),
  ifFails: z.string().min(1).optional(),
  variants: z.array(VariantIdSchema).min(1).optional(),
  /** The fallback's own tag, within the step's kinds. */
  ifFailsVariants: z.array(VariantIdSchema).min(1).optional(),
});
export type ArticleStep = z.infer<typeof ArticleStepSchema>;

export const ArticleSectionSchema = z.object({
  summary: z.string(),
  steps: z.array(ArticleStepSchema),
});
export type ArticleSection = z.infer<typeof ArticleSectionSchema>;

export const ArticleSchema = ArticleFrontMatterSchema.extend({
  body: z.object({ zh: ArticleSectionSchema, en: ArticleSectionSchema.optional() }),
  /** Where it was loaded from, for lint and log messages; absent for articles held in a store. */
  source: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The article's section in the customer's language, falling back to Chinese, which every article has. */
export function sectionFor(article: Article, language: Language): ArticleSection {
  return (language === 'en' && article.body.en) || article.body.zh;
}

export function titleFor(article: Article, language: Language): string {
  return (language === 'en' && article.title.en) || article.title.zh;
}

/** Longest step we send as one chat message; WeChat and narrow web chat windows both read well under it. */
export const MAX_STEP_CHARS = { zh: 160, en: 320 } as const;
