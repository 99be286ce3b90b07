import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/kb/load-articles.js';
import { createBm25KnowledgeBase } from '../../../src/kb/create-bm25-knowledge-base.js';
import type { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import type { QueryRewriter } from '../../../src/kb/language-model.js';
import { decideMatch } from '../../../src/kb/match-decision.js';
import { isLongMessage, searchWithRewrite } from '../../../src/kb/search-with-rewrite.js';

const RAMBLING_ZH = '你好，我跟你说啊，上个月在你们店里买的那台机器，我婆婆一直说用着不习惯，昨天晚上我洗了一桶床单，洗完以后里面全是水，等了半天也不见少，衣服湿漉漉的拿出来滴水，我老公说是不是管子堵了，我也不懂，你们看怎么办吧';

/** A rewriter that answers from a table and remembers what it was asked. */
function tableRewriter(answers: Record<string, string | undefined>): QueryRewriter & { asked: string[] } {
  const asked: string[] = [];
  return { asked, async rewrite(message) { asked.push(message); return answers[message]; } };
}

let kb: KnowledgeBase;
beforeAll(async () => { kb = await createBm25KnowledgeBase((await loadArticles('knowledge-base')).articles); });

describe('isLongMessage', () => {
  it.each([
    [RAMBLING_ZH, true],
    ['洗衣机不排水', false],
    ['so my washing machine has been acting up since the weekend and honestly I am not sure what is going on with it, the water just stays there in the drum after it finishes', true],
    ['washing machine not draining', false],
  ])('%s → %s', (message, long) => { expect(isLongMessage(message)).toBe(long); });
});

describe('searchWithRewrite', () => {
  it('finds the article for a rambling message through the rewritten query', async () => {
    const rewriter = tableRewriter({ [RAMBLING_ZH]: '洗衣机 不排水' });
    const plain = await kb.search(RAMBLING_ZH, { language: 'zh' });
    const hits = await searchWithRewrite(kb, rewriter, RAMBLING_ZH, { language: 'zh' });
    expect(decideMatch(plain).kind).toBe('none');
    expect(decideMatch(hits)).toMatchObject({ kind: 'confident', hit: { article: { id: 'washer-not-draining' } } });
    expect(rewriter.asked).toEqual([RAMBLING_ZH]);
  });

  it('does not ask the model about a short message the plain search answers confidently', async () => {
    const rewriter = tableRewriter({});
    const hits = await searchWithRewrite(kb, rewriter, '洗衣机不排水', { language: 'zh' });
    expect(hits[0].article.id).toBe('washer-not-draining');
    expect(rewriter.asked).toEqual([]);
  });

  it('keeps the plain result when the rewritten query finds something worse', async () => {
    const message = '上个月买的洗衣机，昨天洗完衣服桶里全是水，洗衣机不排水';
    const plain = await kb.search(message, { language: 'zh' });
    const hits = await searchWithRewrite(kb, tableRewriter({ [message]: '打印机 卡纸' }), message, { language: 'zh' });
    expect(decideMatch(plain).kind).not.toBe('none');
    expect(hits.map((h) => h.article.id)).toEqual(plain.map((h) => h.article.id));
  });

  it('is exactly kb.search without a rewriter or when the model gives no query', async () => {
    const plain = await kb.search(RAMBLING_ZH, { language: 'zh' });
    for (const rewriter of [undefined, tableRewriter({})]) {
      const hits = await searchWithRewrite(kb, rewriter, RAMBLING_ZH, { language: 'zh' });
      expect(hits.map((h) => [h.article.id, h.relevance])).toEqual(plain.map((h) => [h.article.id, h.relevance]));
    }
  });
});
