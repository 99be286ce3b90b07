import { z } from 'zod';

/** The languages every prompt and article exists in. zh means Simplified Chinese (zh-CN). */
export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Text keyed by language; every customer-facing string exists in both. */
export const LocalizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
