import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/kb/article-schema.js';
import type { SearchHit } from '../../../src/kb/knowledge-base.js';
import { AMBIGUOUS_MARGIN, CONFIDENT_RELEVANCE, decideMatch, decideMessage, MIN_RELEVANCE, THIRD_CHOICE_MIN_RELEVANCE } from '../../../src/kb/match-decision.js';

function hit(id: string, relevance: number, score = relevance * 10, escalation = 'self-service'): SearchHit {
  return { article: { id, escalation } as Article, score, relevance };
}

const strong = CONFIDENT_RELEVANCE + 0.2;
const weak = (CONFIDENT_RELEVANCE + MIN_RELEVANCE) / 2;

describe('decideMatch', () => {
  it.each<[string, SearchHit[], string, string[]]>([
    ['no hits', [], 'none', []],
    ['a top hit below the floor', [hit('a', MIN_RELEVANCE - 0.01)], 'none', []],
    ['one strong hit', [hit('a', strong)], 'confident', ['a']],
    ['a strong hit well ahead of the next', [hit('a', strong), hit('b', strong - AMBIGUOUS_MARGIN - 0.1, 3)], 'confident', ['a']],
    ['two close strong hits', [hit('a', strong, 10), hit('b', strong - 0.01, 9.5)], 'ambiguous', ['a', 'b']],
    ['close relevance but a far lower score', [hit('a', strong, 10), hit('b', strong, 2)], 'confident', ['a']],
    ['two close hits of one article', [hit('a', strong, 10), hit('a', strong, 10)], 'confident', ['a']],
    ['a middling hit alone', [hit('a', weak)], 'weak', ['a']],
    ['two close middling hits', [hit('a', weak, 5), hit('b', weak, 5)], 'ambiguous', ['a', 'b']],
    ['a close, strong call with a safety article', [hit('a', strong, 10), hit('gas', strong - 0.01, 9.5, 'safety')], 'confident', ['gas']],
    ['a close, weak call with a safety article', [hit('a', weak, 5), hit('gas', weak, 5, 'safety')], 'ambiguous', ['gas', 'a']],
    ['a close pair and a third as close by score', [hit('a', strong, 10), hit('b', strong, 9.5), hit('c', strong - 0.2, 9)], 'ambiguous', ['a', 'b', 'c']],
    ['a close pair and a policy article close by score but low in relevance', [hit('a', weak, 10), hit('b', weak, 9.5), hit('c', THIRD_CHOICE_MIN_RELEVANCE, 8.6)], 'ambiguous', ['a', 'b', 'c']],
    ['a close pair and a third far lower by score', [hit('a', strong, 10), hit('b', strong, 9.5), hit('c', strong, 8)], 'ambiguous', ['a', 'b']],
    ['a close pair and a third barely matching', [hit('a', strong, 10), hit('b', strong, 9.5), hit('c', THIRD_CHOICE_MIN_RELEVANCE - 0.01, 9)], 'ambiguous', ['a', 'b']],
    ['a close pair and a safety article third', [hit('a', strong, 10), hit('b', strong, 9.5), hit('gas', strong, 9, 'safety')], 'ambiguous', ['a', 'b']],
    ['a clear winner never gets a third choice', [hit('a', strong, 10), hit('b', strong - AMBIGUOUS_MARGIN - 0.1, 9.5), hit('c', strong - AMBIGUOUS_MARGIN - 0.1, 9.5)], 'confident', ['a']],
    ['a middling hit and one under the floor', [hit('a', MIN_RELEVANCE + 0.02, 5), hit('b', MIN_RELEVANCE - 0.01, 5)], 'weak', ['a']],
  ])('%s → %s', (_name, hits, kind, ids) => {
    const decision = decideMatch(hits);
    expect(decision.kind).toBe(kind);
    const chosen = decision.kind === 'ambiguous' ? decision.hits : decision.kind === 'none' ? [] : [decision.hit];
    expect(chosen.map((h) => h.article.id)).toEqual(ids);
  });
});

describe('decideMessage on a message that names neither a product nor a service topic', () => {
  const policy = (id: string, relevance: number, escalation = 'self-service'): SearchHit => ({ article: { id, product: 'general', escalation } as Article, score: relevance * 10, relevance });

  it('does not answer "又坏了" with the repeat-repair article it shares a word with', () => {
    expect(decideMessage('又坏了', [policy('repeat-repair-complaint', 0.8)]).kind).toBe('none');
  });
  it('still answers once the message says what it asks about', () => {
    expect(decideMessage('师傅修过又坏了', [policy('repeat-repair-complaint', 0.8)]).kind).toBe('confident');
  });
  it('never holds back a safety article', () => {
    expect(decideMessage('一股臭味', [policy('gas-smell', 0.8, 'safety')]).kind).toBe('confident');
  });
});

