import type { Language } from '../language.js';
import { detectProduct } from './detect-product.js';
import type { KnowledgeBase, SearchHit, SearchOptions } from './knowledge-base.js';
import type { QueryRewriter } from './language-model.js';
import { decideMatch, type MatchDecision } from './match-decision.js';

/*
 * Past these, a message usually carries a story around its symptom ("bought it last spring, my
 * mother-in-law…") that dilutes BM25's share of matched weight, so a short query is worth trying
 * even when the plain search found something.
 */
export const LONG_MESSAGE = { hanChars: 40, englishWords: 25 } as const;

export function isLongMessage(message: string): boolean {
  const han = message.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = message.match(/[A-Za-z]+(?:'[A-Za-z]+)?/g)?.length ?? 0;
  return han > LONG_MESSAGE.hanChars || words > LONG_MESSAGE.englishWords;
}

const STRENGTH: Record<MatchDecision['kind'], number> = { none: 0, weak: 1, ambiguous: 2, confident: 3 };

/** The rewritten search wins only with a stronger decision, or the same one on a more relevant top hit. */
function rewrittenIsBetter(rewritten: SearchHit[], plain: SearchHit[]): boolean {
  const a = STRENGTH[decideMatch(rewritten).kind];
  const b = STRENGTH[decideMatch(plain).kind];
  if (a !== b) return a > b;
  return a > 0 && (rewritten[0]?.relevance ?? 0) > (plain[0]?.relevance ?? 0);
}

/**
 * kb.search, plus — when a rewriter is configured and the message is long or the plain search found
 * little — a second search with the model's short query, keeping whichever result is better. Without
 * a rewriter this is exactly kb.search: the product is complete without a model.
 */
export async function searchWithRewrite(
  kb: KnowledgeBase,
  rewriter: QueryRewriter | undefined,
  message: string,
  options: SearchOptions & { language: Language },
): Promise<SearchHit[]> {
  const plain = await kb.search(message, options);
  if (!rewriter) return plain;
  const kind = decideMatch(plain).kind;
  if (!isLongMessage(message) && kind !== 'weak' && kind !== 'none') return plain;
  const query = await rewriter.rewrite(message, options.language);
  if (!query || query === message.trim()) return plain;
  const named = options.product ?? detectProduct(message);
  const rewritten = await kb.search(query, { ...options, product: named ?? detectProduct(query) });
  // The customer's own naming of the product outranks the model's: a query that lands on another
  // product line is the model guessing, not the customer's problem.
  const top = rewritten[0]?.article.product;
  if (named && named !== 'general' && top !== named && top !== 'general') return plain;
  return rewrittenIsBetter(rewritten, plain) ? rewritten : plain;
}
