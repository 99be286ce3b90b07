import { join } from 'node:path';
import { BaseRetriever } from '@langchain/core/retrievers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/kb/article-schema.js';
import { Bm25Retriever } from '../../../src/kb/bm25-retriever.js';
import { loadArticles } from '../../../src/kb/load-articles.js';

let articles: Article[];
beforeAll(async () => {
  ({ articles } = await loadArticles(join(import.meta.dirname, '../../fixtures/kb/good')));
});

describe('Bm25Retriever', () => {
  it('is a LangChain retriever returning Documents with articleId, score and relevance', async () => {
    const retriever = new Bm25Retriever({ articles, k: 2 });
    expect(retriever).toBeInstanceOf(BaseRetriever);
    expect(retriever.lc_namespace).toEqual(['omni_support_bot', 'kb', 'bm25']);
    const docs = await retriever.invoke('洗衣机不排水');
    expect(docs).toHaveLength(2);
    expect(docs[0].metadata).toEqual({ articleId: 'washer-not-draining', score: expect.any(Number), relevance: expect.any(Number) });
    expect(docs[0].pageContent).toContain('洗衣机不排水');
    expect(docs[0].metadata.score).toBeGreaterThan(docs[1].metadata.score);
  });
});
