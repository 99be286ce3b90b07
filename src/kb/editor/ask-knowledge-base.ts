import { detectLanguage } from '../../bot/detect-language.js';
import type { Language } from '../../language.js';
import { sectionFor, titleFor, type Article } from '../article-schema.js';
import type { KnowledgeBase, SearchHit } from '../knowledge-base.js';
import { decideMessage } from '../match-decision.js';

export interface AskAnswer {
  /** published: what customers get now; draft: with every saved draft (and the unsaved one) in the index. */
  mode: 'published' | 'draft';
  language: Language;
  /** What the bot does: answer at once, offer two or three choices, check one, or ask again. */
  decision: 'confident' | 'ambiguous' | 'weak' | 'none';
  /** For ambiguous: the articles offered as choices, in the order the customer sees them. */
  choices?: string[];
  /** The article and first message the bot would send (for ambiguous: the top choice). */
  answer?: { articleId: string; title: string; summary: string; step?: { n: number; total: number; text: string } };
  /** The articles it competes with, best first, relevance 0..1. */
  competitors: { articleId: string; title: string; relevance: number; score: number; draft: boolean }[];
}

/**
 * Runs a question exactly as the find-article step does (search preferring every product line the
 * question names, then decideMessage), and reports the result instead of chatting.
 */
export async function askKnowledgeBase(kb: KnowledgeBase, question: string, options: { mode: AskAnswer['mode']; draftIds?: ReadonlySet<string>; language?: Language }): Promise<AskAnswer> {
  const language = options.language ?? detectLanguage(question) ?? 'zh';
  const hits = await kb.search(question, { language, limit: 5 });
  const decision = decideMessage(question, hits);
  const top: SearchHit | undefined = decision.kind === 'confident' || decision.kind === 'weak' ? decision.hit
    : decision.kind === 'ambiguous' ? decision.hits[0] : undefined;
  return {
    mode: options.mode,
    language,
    decision: decision.kind,
    ...(decision.kind === 'ambiguous' ? { choices: decision.hits.map((hit) => hit.article.id) } : {}),
    ...(top ? { answer: answerOf(top.article, language) } : {}),
    competitors: hits.map((hit) => ({
      articleId: hit.article.id,
      title: titleFor(hit.article, language),
      relevance: Math.round(hit.relevance * 1000) / 1000,
      score: Math.round(hit.score * 1000) / 1000,
      draft: options.draftIds?.has(hit.article.id) ?? false,
    })),
  };
}

function answerOf(article: Article, language: Language): NonNullable<AskAnswer['answer']> {
  const section = sectionFor(article, language);
  const first = section.steps[0];
  return {
    articleId: article.id,
    title: titleFor(article, language),
    summary: section.summary,
    ...(first ? { step: { n: 1, total: section.steps.length, text: first.text } } : {}),
  };
}
