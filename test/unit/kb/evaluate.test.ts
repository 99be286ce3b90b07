import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/kb/article-schema.js';
import { evaluate, parseEvalSet } from '../../../src/kb/evaluate.js';
import type { KnowledgeBase, SearchHit } from '../../../src/kb/knowledge-base.js';

/** Answers from a fixed table: question → ranked article ids with relevance. */
function fakeKb(table: Record<string, [string, number][]>): KnowledgeBase {
  return {
    async search(query) {
      return (table[query] ?? []).map(([id, relevance], i): SearchHit => ({ article: { id } as Article, score: 10 - i, relevance }));
    },
    get: (id) => ({ id }) as Article,
  };
}

describe('parseEvalSet', () => {
  it('reads one question a line and skips blank lines', () => {
    const text = '{"question":"洗衣机不排水","expected":["a"],"lang":"zh"}\n\n{"question":"x","expected":[],"lang":"en"}\n';
    expect(parseEvalSet(text)).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{"question":', 1],
    ['a bad language', '{"question":"q","expected":[],"lang":"fr"}', 1],
    ['a bad second line', '{"question":"q","expected":[],"lang":"zh"}\n{"expected":[]}', 2],
  ])('rejects %s with its line number', (_name, text, line) => {
    expect(() => parseEvalSet(text, 'eval.jsonl')).toThrow(expect.objectContaining({ details: { file: 'eval.jsonl', line } }));
  });
});

describe('evaluate', () => {
  it('computes top1, top3 and MRR over answerable questions and lists the misses', async () => {
    const kb = fakeKb({ q1: [['a', 0.9]], q2: [['x', 0.6], ['b', 0.5]], q3: [['x', 0.3], ['y', 0.3], ['z', 0.3], ['c', 0.3]] });
    const questions = parseEvalSet(['q1:a', 'q2:b', 'q3:c'].map((s) => {
      const [question, id] = s.split(':');
      return JSON.stringify({ question, expected: [id], lang: 'zh' });
    }).join('\n'));
    const { summary, misses } = await evaluate(kb, questions);
    expect(summary).toMatchObject({ n: 3, top1: 0.3333, top3: 0.6667, mrr: 0.5833 });
    expect(misses.map((m) => [m.question, m.rank])).toEqual([['q2', 2], ['q3', 4]]);
  });
});
