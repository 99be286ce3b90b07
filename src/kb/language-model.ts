import type { Language } from '../language.js';
import type { Article } from './article-schema.js';

/**
 * Turns a rambling customer message into a short search query (product + symptom, in the customer's
 * language). Undefined means "no help": the caller searches with the message as it is. Never throws.
 */
export interface QueryRewriter {
  rewrite(message: string, language: Language): Promise<string | undefined>;
}

/**
 * Says one step of an article more naturally, grounded only in that article. Undefined means "send
 * the step as written" — after an error, a timeout, or a phrasing that adds facts. Never throws.
 */
export interface StepPhraser {
  phrase(step: string, article: Article, language: Language): Promise<string | undefined>;
}

/** The optional language model's two jobs; absent (the default) when no model is configured. */
export interface LanguageAssist {
  rewriter?: QueryRewriter;
  phraser?: StepPhraser;
}
