import type { BaseRetriever } from '@langchain/core/retrievers';
import type { DocumentInterface } from '@langchain/core/documents';
import { AppError } from '../errors.js';
import type { Article, ProductLine } from './article-schema.js';
import { productsNamed } from './detect-product.js';
import type { KnowledgeBase, SearchHit, SearchOptions } from './knowledge-base.js';

/** Builds a retriever over a set of articles; called again on every reload. */
export type RetrieverFactory = (articles: readonly Article[]) => BaseRetriever | Promise<BaseRetriever>;

/**
 * An article of another product line than the one the customer named keeps this share of its
 * relevance: it can still be offered (customers misname products), but not as a confident answer.
 */
export const OTHER_PRODUCT_RELEVANCE = 0.6;

interface State {
  retriever: BaseRetriever;
  published: Map<string, Article>;
}

function publishedMap(articles: readonly Article[]): Map<string, Article> {
  return new Map(articles.filter((a) => a.status === 'published').map((a) => [a.id, a]));
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** Reads our metadata, or falls back for retrievers that only know a similarity score (vector stores). */
function toHit(doc: DocumentInterface, articles: Map<string, Article>): SearchHit | undefined {
  const meta = doc.metadata as Record<string, unknown>;
  const id = typeof meta.articleId === 'string' ? meta.articleId : doc.id;
  const article = id ? articles.get(id) : undefined;
  if (!article) return undefined;
  const score = typeof meta.score === 'number' ? meta.score : 0;
  const relevance = typeof meta.relevance === 'number' ? meta.relevance : clamp01(score);
  return { article, score, relevance: clamp01(relevance) };
}

function onLines(article: Article, lines: ReadonlySet<ProductLine>): boolean {
  return lines.has(article.product) || article.product === 'general';
}

/** The KnowledgeBase port over any LangChain retriever whose documents carry `metadata.articleId`. */
export class RetrieverKnowledgeBase implements KnowledgeBase {
  private state: State;

  constructor(retriever: BaseRetriever, articles: readonly Article[], private readonly rebuild?: RetrieverFactory) {
    this.state = { retriever, published: publishedMap(articles) };
  }

  /** The factory sees only published articles: drafts must not take a result slot. */
  static async create(articles: readonly Article[], factory: RetrieverFactory): Promise<RetrieverKnowledgeBase> {
    const published = [...publishedMap(articles).values()];
    return new RetrieverKnowledgeBase(await factory(published), published, factory);
  }

  /**
   * Best first. Without `product`, every line the query names (productsNamed) is preferred: articles
   * of lines not named rank after those of the named lines and general ones, and among those the
   * retriever's order stands, so a story that names the TV and the dishwasher on its way to the
   * microwave's door is decided by what it says is wrong, not by which device came first. `language`
   * does not filter: every article has Chinese, which sectionFor falls back to.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const { retriever, published } = this.state;
    const limit = options.limit ?? 5;
    const lines = new Set(options.product ? [options.product] : productsNamed(query).map((n) => n.line));
    const docs = await retriever.invoke(query);
    let hits = docs.map((d) => toHit(d, published)).filter((h): h is SearchHit => h !== undefined);
    if (lines.size > 0 && !lines.has('general')) {
      const preferred = hits.filter((h) => onLines(h.article, lines));
      const others = hits
        .filter((h) => !onLines(h.article, lines))
        .map((h) => ({ ...h, relevance: h.relevance * OTHER_PRODUCT_RELEVANCE }));
      hits = [...preferred, ...others];
    }
    const seen = new Set<string>();
    return hits.filter((h) => !seen.has(h.article.id) && seen.add(h.article.id)).slice(0, limit);
  }

  get(id: string): Article | undefined {
    return this.state.published.get(id);
  }

  /**
   * Swaps in a reloaded set. The new retriever is built first and both are replaced in one assignment,
   * so a search never sees new articles with the old index or the reverse.
   */
  async replaceArticles(articles: readonly Article[]): Promise<void> {
    if (!this.rebuild) throw new AppError('INTERNAL', 'RetrieverKnowledgeBase was built without a retriever factory');
    const published = publishedMap(articles);
    const retriever = await this.rebuild([...published.values()]);
    this.state = { retriever, published };
  }
}
