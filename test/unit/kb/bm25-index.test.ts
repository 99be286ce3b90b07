import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFields } from '../../../src/kb/article-fields.js';
import { BASELINE_BM25_SETTINGS, Bm25Index } from '../../../src/kb/bm25-index.js';
import { loadArticles } from '../../../src/kb/load-articles.js';
import { createTokenizer } from '../../../src/kb/tokenizer.js';

let index: Bm25Index;
let baseline: Bm25Index;

beforeAll(async () => {
  const { articles } = await loadArticles(join(import.meta.dirname, '../../fixtures/kb/good'));
  const docs = articles.map((a) => ({ id: a.id, fields: articleFields(a) }));
  index = new Bm25Index(docs, createTokenizer('jieba'));
  baseline = new Bm25Index(docs, createTokenizer('plain'), BASELINE_BM25_SETTINGS);
});

describe('Bm25Index', () => {
  it.each([
    ['洗衣机不排水', 'washer-not-draining'],
    ['洗衣机不进水', 'washer-not-filling'],
    ['洗衣几显示E21', 'washer-not-draining'],
    ['XQG100-D3', 'washer-not-draining'],
    ['冰箱不凉了', 'fridge-not-cooling'],
    ['压缩机不启动', 'fridge-not-cooling'],
    ['wifi老掉线', 'router-dropping-connection'],
    ["my washer won't drain", 'washer-not-draining'],
    ['how long is the warranty', 'warranty-policy'],
  ])('ranks %s → %s first', (query, id) => {
    expect(index.search(query, 3)[0]?.id).toBe(id);
  });

  it('tells 不进水 from 不排水 where character BM25 cannot', () => {
    // Both questions share every character but 进/排; the plain baseline scores them nearly alike.
    const [fill, drain] = index.search('洗衣机不进水', 2);
    expect(fill.id).toBe('washer-not-filling');
    expect(drain.relevance).toBeLessThan(fill.relevance - 0.2);
    const plain = baseline.search('洗衣机不进水', 2);
    expect(plain[1].score / plain[0].score).toBeGreaterThan(0.5);
  });

  it('keeps relevance within 0..1, high for a full match and low for an unrelated question', () => {
    const full = index.search('洗衣机不排水', 1)[0];
    expect(full.relevance).toBeGreaterThan(0.8);
    expect(full.relevance).toBeLessThanOrEqual(1);
    const unrelated = index.search('帮我推荐一款笔记本电脑', 1)[0];
    expect(unrelated?.relevance ?? 0).toBeLessThan(0.2);
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(index.search('', 5)).toEqual([]);
    expect(index.search('请问一下怎么办', 5)).toEqual([]);
  });

  it('respects the limit and orders by score', () => {
    const hits = index.search('洗衣机', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
  });
});
