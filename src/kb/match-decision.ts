import { classifyMessage } from './classify-message.js';
import { detectProduct } from './detect-product.js';
import { namesOnlyTheProduct } from './product-only.js';
import { namesServiceTopic } from './service-topics.js';
import type { SearchHit } from './knowledge-base.js';

export type MatchDecision =
  | { kind: 'confident'; hit: SearchHit }
  /** Two choices, or three when a third is as close by score (best first; a safety article leads). */
  | { kind: 'ambiguous'; hits: readonly [SearchHit, SearchHit, ...SearchHit[]] }
  | { kind: 'weak'; hit: SearchHit }
  | { kind: 'none' };

/*
 * Thresholds on SearchHit.relevance (the matched share of the question's IDF weight, bm25-index.ts),
 * calibrated with `npm run kb:eval` on test/fixtures/kb-eval.jsonl plus the off-topic questions in
 * test/fixtures/kb/off-topic.jsonl. Change them only with those figures in hand.
 * Measured 2026-11 (66 articles, 409 questions, 16 off-topic): 321 questions confident (7 of them
 * wrong), 30 ambiguous (28 offering the right article), 54 weak, 4 none; 1 of 16 off-topic confident.
 */

/** At or above: answer with the article's steps straight away. */
export const CONFIDENT_RELEVANCE = 0.45;
/** Below: nothing is good enough to offer; ask the customer to describe the problem again. */
export const MIN_RELEVANCE = 0.3;
/** The runner-up is "close" when its relevance is within this of the top hit's... */
export const AMBIGUOUS_MARGIN = 0.06;
/** ...and its raw score at least this share of the top score (BM25 scores are comparable within a query). */
export const AMBIGUOUS_SCORE_RATIO = 0.85;
/**
 * A third choice joins a close pair when its score meets the same share of the top score. Its relevance
 * may be lower than the pair's: a policy article answers for every product, so it never matches the
 * product's name and reads lower than the product's own articles ("side brush for 扫地机 哪里买" puts
 * spare parts third at 0.27 behind two vacuum faults at 0.5, with 87 % of the top score).
 */
export const THIRD_CHOICE_MIN_RELEVANCE = 0.2;

/**
 * What the bot should do with a ranked result list: answer (confident), offer both as choices
 * (ambiguous), check with one question (weak) or ask again (none). Hits must be best first.
 */
export interface MatchThresholds {
  confident: number;
  min: number;
  margin: number;
  scoreRatio: number;
}

export const DEFAULT_THRESHOLDS: MatchThresholds = {
  confident: CONFIDENT_RELEVANCE, min: MIN_RELEVANCE, margin: AMBIGUOUS_MARGIN, scoreRatio: AMBIGUOUS_SCORE_RATIO,
};

export function decideMatch(hits: readonly SearchHit[], thresholds: MatchThresholds = DEFAULT_THRESHOLDS): MatchDecision {
  const { confident: CONFIDENT_RELEVANCE, min: MIN_RELEVANCE, margin: AMBIGUOUS_MARGIN, scoreRatio: AMBIGUOUS_SCORE_RATIO } = thresholds;
  const [top, second] = hits;
  if (!top || top.relevance < MIN_RELEVANCE) return { kind: 'none' };
  const runnerUp = second && second.article.id !== top.article.id ? second : undefined;
  if (
    runnerUp &&
    runnerUp.relevance >= MIN_RELEVANCE &&
    top.relevance - runnerUp.relevance <= AMBIGUOUS_MARGIN &&
    runnerUp.score >= top.score * AMBIGUOUS_SCORE_RATIO
  ) {
    // A close, strong call between a safety article and an ordinary one is no call: gas or smoke
    // comes first. A weak one stays a question (with the safety article offered first), or an
    // off-topic "会爆炸吗" would be met with gas-leak instructions.
    const safety = [top, runnerUp].find((hit) => hit.article.escalation === 'safety');
    const ordinary = safety === top ? runnerUp : top;
    if (safety && ordinary.article.escalation !== 'safety') {
      if (safety.relevance >= CONFIDENT_RELEVANCE) return { kind: 'confident', hit: safety };
      return { kind: 'ambiguous', hits: [safety, ordinary] };
    }
    const third = hits[2];
    const close = third && third.article.id !== top.article.id && third.article.id !== runnerUp.article.id &&
      third.article.escalation !== 'safety' && third.relevance >= THIRD_CHOICE_MIN_RELEVANCE && third.score >= top.score * AMBIGUOUS_SCORE_RATIO;
    return { kind: 'ambiguous', hits: close ? [top, runnerUp, third] : [top, runnerUp] };
  }
  return top.relevance >= CONFIDENT_RELEVANCE ? { kind: 'confident', hit: top } : { kind: 'weak', hit: top };
}

/**
 * The decision for a customer's message, as the dialogs take it: small talk and requests outside
 * after-sales are "none" (answered honestly, not with an article), so is a product named with nothing
 * about what happens ("我家电视坏了": asked what happens), so is a message that names neither
 * a product nor a service topic and meets only a policy article, and so is a message that names no product when the best it gets is a
 * guess among product articles ("不工作了", "display shows some
 * code"): a menu of unrelated appliances helps nobody; asking which product does.
 */
export function decideMessage(message: string, hits: readonly SearchHit[], thresholds: MatchThresholds = DEFAULT_THRESHOLDS): MatchDecision {
  if (classifyMessage(message) || namesOnlyTheProduct(message)) return { kind: 'none' };
  const decision = decideMatch(hits, thresholds);
  if (decision.kind === 'none' || detectProduct(message)) return decision;
  // Neither a product nor a service topic ("又坏了", "东西坏了怎么弄"): a policy article reached through
  // one shared word is no answer. A product article can still be (a washer's "spin cycle doesn't
  // work" names no washer), and a safety article is never held back this way.
  const top = hits[0]?.article;
  if (top && top.product === 'general' && top.escalation !== 'safety' && !namesServiceTopic(message)) return { kind: 'none' };
  if (decision.kind === 'confident') return decision;
  const guesses = decision.kind === 'ambiguous' ? decision.hits : [decision.hit];
  return guesses.some((h) => h.article.product !== 'general') ? { kind: 'none' } : decision;
}
