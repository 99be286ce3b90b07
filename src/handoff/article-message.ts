import { sectionFor, titleFor, type Article } from '../kb/article-schema.js';
import type { Language } from '../language.js';

/** A knowledge-base article as one chat message an agent sends: title, summary, numbered steps. */
export function articleMessage(article: Article, language: Language): string {
  const section = sectionFor(article, language);
  const steps = section.steps.map((step, i) => `${i + 1}. ${step.text}`);
  return [`《${titleFor(article, language)}》`, section.summary, ...steps].filter(Boolean).join('\n');
}
