import { z } from 'zod';

/** What a revision left the article as: a draft customers cannot see, or the live (or retired) file. */
export const REVISION_STATES = ['draft', 'published', 'retired'] as const;

export const ArticleRevisionSchema = z.object({
  articleId: z.string().min(1).max(100),
  /** 1, 2, 3 … per article; a store accepts only the next number, so two editors cannot both win. */
  revision: z.number().int().min(1),
  at: z.iso.datetime(),
  /** The staff id from the bearer token, or `files` for the baseline taken from knowledge-base/. */
  by: z.string().min(1).max(100),
  action: z.enum(['import', 'save', 'publish', 'revert', 'retire']),
  state: z.enum(REVISION_STATES),
  /** The whole article as its Markdown file holds it, so any revision can be written back verbatim. */
  text: z.string().max(200_000),
  /** revert: the revision whose text this one restores. */
  revertOf: z.number().int().min(1).optional(),
});
export type ArticleRevision = z.infer<typeof ArticleRevisionSchema>;

/**
 * Every save of every article, oldest first per article: drafts live only here until published,
 * published text also lives in knowledge-base/ (the git source of truth). Implementations:
 * SqliteArticleRevisionStore, RedisArticleRevisionStore; contract: test/contracts/article-revision-store.contract.ts.
 */
export interface ArticleRevisionStore {
  /** Stores `revision` when it is exactly one more than the article's newest (1 for a new one); else STORE_CONFLICT. */
  append(revision: ArticleRevision): Promise<ArticleRevision>;
  /** Oldest first; [] for an article never edited here. */
  list(articleId: string): Promise<ArticleRevision[]>;
  get(articleId: string, revision: number): Promise<ArticleRevision | undefined>;
  /** The newest revision of every article edited here. */
  latest(): Promise<ArticleRevision[]>;
}
