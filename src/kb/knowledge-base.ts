import type { Language } from '../language.js';
import type { Article, ProductLine } from './article-schema.js';

export interface SearchHit {
  article: Article;
  /** The retriever's raw score (BM25 or a vector similarity); comparable only within one search. */
  score: number;
  /** 0..1, comparable across searches: what the confidence thresholds in match-decision.ts read. */
  relevance: number;
}

export interface SearchOptions {
  language?: Language;
  /** When the customer named a product line, articles of other lines rank below it (general ones stay). */
  product?: ProductLine;
  limit?: number;
}

/** What the dialogs ask of the knowledge base; implemented over a LangChain retriever. */
export interface KnowledgeBase {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** A published article by id. */
  get(id: string): Article | undefined;
}
