import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/kb/article-schema.js';
import { createBm25KnowledgeBase } from '../../../src/kb/create-bm25-knowledge-base.js';
import { loadArticles } from '../../../src/kb/load-articles.js';
import { OTHER_PRODUCT_RELEVANCE, RetrieverKnowledgeBase } from '../../../src/kb/retriever-knowledge-base.js';

let articles: Article[];
beforeAll(async () => {
  ({ articles } = await loadArticles(join(import.meta.dirname, '../../fixtures/kb/good')));
});

/** A stand-in for a vector store: fixed documents with only a similarity score, as such stores return. */
class FixedRetriever extends BaseRetriever {
  override lc_namespace = ['test', 'fixed'];
  constructor(private readonly docs: Document[]) { super(); }
  override async _getRelevantDocuments(): Promise<Document[]> { return this.docs; }
}

describe('RetrieverKnowledgeBase', () => {
  it('returns hits with articles, best first, up to the limit', async () => {
    const kb = await createBm25KnowledgeBase(articles);
    const hits = await kb.search('洗衣机不排水', { language: 'zh', limit: 2 });
    expect(hits.map((h) => h.article.id)).toEqual(['washer-not-draining', 'washer-not-filling']);
  });

  it('gets published articles only', async () => {
    const kb = await createBm25KnowledgeBase(articles);
    expect(kb.get('warranty-policy')?.id).toBe('warranty-policy');
    expect(articles.some((a) => a.id === 'draft-article')).toBe(true);
    expect(kb.get('draft-article')).toBeUndefined();
    expect((await kb.search('以旧换新')).map((h) => h.article.id)).not.toContain('draft-article');
  });

  it('ranks the named product line and general articles above other lines', async () => {
    const kb = await createBm25KnowledgeBase(articles);
    // 压缩机 points at the fridge article; with the router named, general and router articles come first.
    const free = await kb.search('压缩机 保修', { product: 'general' });
    const router = await kb.search('压缩机 保修', { product: 'router' });
    expect(free.map((h) => h.article.id)).toContain('fridge-not-cooling');
    const fridge = router.find((h) => h.article.id === 'fridge-not-cooling');
    const fridgeFree = free.find((h) => h.article.id === 'fridge-not-cooling');
    expect(router[0].article.product).not.toBe('refrigerator');
    expect(fridge?.relevance).toBeCloseTo((fridgeFree?.relevance ?? 0) * OTHER_PRODUCT_RELEVANCE);
  });

  it('detects the product from the query when none is given', async () => {
    const kb = await createBm25KnowledgeBase(articles);
    const [top] = await kb.search('路由器 不冷');
    expect(top.article.id).toBe('router-dropping-connection');
  });

  it('swaps in a reloaded article set atomically', async () => {
    const kb = await createBm25KnowledgeBase(articles.filter((a) => a.id !== 'fridge-not-cooling'));
    expect(kb.get('fridge-not-cooling')).toBeUndefined();
    await kb.replaceArticles(articles);
    expect(kb.get('fridge-not-cooling')?.id).toBe('fridge-not-cooling');
    expect((await kb.search('冰箱不制冷'))[0].article.id).toBe('fridge-not-cooling');
  });

  it('works over any retriever, reading a bare similarity score as relevance', async () => {
    const docs = [
      new Document({ id: 'fridge-not-cooling', pageContent: '', metadata: { score: 0.83 } }),
      new Document({ pageContent: '', metadata: { articleId: 'unknown-id', score: 0.9 } }),
    ];
    const kb = new RetrieverKnowledgeBase(new FixedRetriever(docs), articles);
    const hits = await kb.search('anything', { product: 'general' });
    expect(hits).toEqual([{ article: expect.objectContaining({ id: 'fridge-not-cooling' }), score: 0.83, relevance: 0.83 }]);
    await expect(kb.replaceArticles(articles)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
