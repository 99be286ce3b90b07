import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Article } from './article-schema.js';
import { articleFields } from './article-fields.js';
import { Bm25Index, DEFAULT_BM25_SETTINGS, type Bm25Settings } from './bm25-index.js';
import { detectProduct } from './detect-product.js';
import { classifyMessage } from './classify-message.js';
import { namesOtherProduct } from './out-of-scope.js';
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
  private readonly settings: Bm25Settings;

  constructor(input: Bm25RetrieverInput) {
    super(input);
    this.k = input.k ?? 10;
    const tokenizer = input.tokenizer ?? createTokenizer('jieba');
    this.articles = new Map(input.articles.map((a) => [a.id, a]));
    this.settings = input.settings ?? DEFAULT_BM25_SETTINGS;
    this.index = new Bm25Index(input.articles.map((a) => ({ id: a.id, fields: articleFields(a) })), tokenizer, this.settings);
  }

  /** Synchronous search for callers outside LangChain (the eval CLI measures this without Runnable overhead). */
  searchSync(query: string, k = this.k): Document<ArticleDocumentMetadata>[] {
    const scope = this.scope(query);
    return this.index.search(query, k).map(({ id, score, relevance }) => {
      const article = this.articles.get(id)!;
      return new Document<ArticleDocumentMetadata>({
        id,
        pageContent: articlePageContent(article),
        metadata: { articleId: id, score, relevance: Math.min(1, relevance * scope.relevance(article)) },
      });
    });
  }

  /**
   * How far a hit's relevance holds given what the message names: another maker's kind of product
   * and none of ours → hardly at all; no product at all → a product article only in part (the
   * customer has not said which appliance, so the bot should ask rather than answer).
   */
  private scope(query: string): { relevance(article: Article): number } {
    const { scope } = this.settings;
    // Small talk and requests outside after-sales are answered by the dialog, not by an article.
    if (classifyMessage(query)) return { relevance: () => scope.otherProductRelevance };
    const named = detectProduct(this.index.prepare(query));
    if (named) return { relevance: () => 1 };
    const factor = namesOtherProduct(query) ? scope.otherProductRelevance : scope.unnamedProductRelevance;
    return { relevance: (article) => (article.product === 'general' && factor >= scope.unnamedProductRelevance ? 1 : factor) };
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<ArticleDocumentMetadata>[]> {
    return this.searchSync(query);
  }
}
