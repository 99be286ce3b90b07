import type { Article } from './article-schema.js';
import { DEFAULT_BM25_SETTINGS, type Bm25Settings } from './bm25-index.js';
import { Bm25Retriever } from './bm25-retriever.js';
import { RetrieverKnowledgeBase } from './retriever-knowledge-base.js';
import { createTokenizer, type Tokenizer } from './tokenizer.js';

export interface Bm25KnowledgeBaseOptions {
  tokenizer?: Tokenizer;
  settings?: Bm25Settings;
  /** Candidates fetched per search, before the product preference reorders them. */
  k?: number;
}

/** The default knowledge base: BM25 with jieba over the given articles, rebuilt the same way on reload. */
export function createBm25KnowledgeBase(articles: readonly Article[], options: Bm25KnowledgeBaseOptions = {}): Promise<RetrieverKnowledgeBase> {
  const tokenizer = options.tokenizer ?? createTokenizer('jieba');
  const settings = options.settings ?? DEFAULT_BM25_SETTINGS;
  return RetrieverKnowledgeBase.create(articles, (published) => new Bm25Retriever({ articles: published, tokenizer, settings, k: options.k ?? 20 }));
}
