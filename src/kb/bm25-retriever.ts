import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Article } from './article-schema.js';
import { articleFields } from './article-fields.js';
import { Bm25Index, DEFAULT_BM25_SETTINGS, type Bm25Settings } from './bm25-index.js';
import { createTokenizer, type Tokenizer } from './tokenizer.js';

/** What every knowledge-base retriever puts in a Document's metadata; RetrieverKnowledgeBase reads it. */
export interface ArticleDocumentMetadata {
  articleId: string;
  score: number;
  /** 0..1, comparable across queries (bm25-index.ts defines it for BM25). */
  relevance: number;
  [key: string]: unknown;
}

export interface Bm25RetrieverInput extends BaseRetrieverInput {
  articles: readonly Article[];
  tokenizer?: Tokenizer;
  settings?: Bm25Settings;
  /** Documents returned per query. */
  k?: number;
}

/** The article text an LLM or a reranker would read: title and summary in both languages. */
export function articlePageContent(article: Article): string {
  return [article.title.zh, article.body.zh.summary, article.title.en, article.body.en?.summary]
    .filter((s): s is string => Boolean(s))
    .join('\n');
}

/**
 * BM25 over the articles as a LangChain retriever, so a vector-store retriever (or an
 * EnsembleRetriever joining both) can take its place by configuration.
 */
export class Bm25Retriever extends BaseRetriever<ArticleDocumentMetadata> {
  override lc_namespace = ['omni_support_bot', 'kb', 'bm25'];

  static override lc_name(): string {
    return 'Bm25Retriever';
  }

  readonly k: number;
  private readonly index: Bm25Index;
  private readonly articles: Map<string, Article>;

  constructor(input: Bm25RetrieverInput) {
    super(input);
    this.k = input.k ?? 10;
    const tokenizer = input.tokenizer ?? createTokenizer('jieba');
    this.articles = new Map(input.articles.map((a) => [a.id, a]));
    this.index = new Bm25Index(
      input.articles.map((a) => ({ id: a.id, fields: articleFields(a) })),
      tokenizer,
      input.settings ?? DEFAULT_BM25_SETTINGS,
    );
  }

  /** Synchronous search for callers outside LangChain (the eval CLI measures this without Runnable overhead). */
  searchSync(query: string, k = this.k): Document<ArticleDocumentMetadata>[] {
    return this.index.search(query, k).map(({ id, score, relevance }) => new Document<ArticleDocumentMetadata>({
      id,
      pageContent: articlePageContent(this.articles.get(id)!),
      metadata: { articleId: id, score, relevance },
    }));
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<ArticleDocumentMetadata>[]> {
    return this.searchSync(query);
  }
}
