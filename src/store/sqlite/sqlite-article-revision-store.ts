import { ArticleRevisionSchema, type ArticleRevision, type ArticleRevisionStore } from '../../kb/editor/article-revision-store.js';
import { checkBeforeWrite, conflict, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

/** Revisions in one table keyed (article_id, revision); the primary key makes "next number only" atomic. */
export class SqliteArticleRevisionStore implements ArticleRevisionStore {
  readonly #db: SqliteDatabase;
  readonly #newest;
  readonly #insert;
  readonly #all;
  readonly #one;
  readonly #latest;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#newest = db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM article_revisions WHERE article_id = ?');
    this.#insert = db.prepare<[string, number, string]>('INSERT INTO article_revisions (article_id, revision, json) VALUES (?, ?, ?)');
    this.#all = db.prepare<[string], { json: string }>('SELECT json FROM article_revisions WHERE article_id = ? ORDER BY revision');
    this.#one = db.prepare<[string, number], { json: string }>('SELECT json FROM article_revisions WHERE article_id = ? AND revision = ?');
    this.#latest = db.prepare<[], { json: string }>(`SELECT json FROM article_revisions r
      WHERE revision = (SELECT MAX(revision) FROM article_revisions WHERE article_id = r.article_id) ORDER BY article_id`);
  }

  async append(revision: ArticleRevision): Promise<ArticleRevision> {
    const checked = checkBeforeWrite(ArticleRevisionSchema, revision, 'article-revision');
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const newest = this.#newest.get(checked.articleId)?.revision ?? 0;
      if (checked.revision !== newest + 1) throw conflict({ articleId: checked.articleId, revision: checked.revision, newest });
      this.#insert.run(checked.articleId, checked.revision, JSON.stringify(checked));
      return checked;
    }).immediate());
  }

  list(articleId: string): Promise<ArticleRevision[]> {
    return sqliteCall(this.#db, () => this.#all.all(articleId).map((row) => parseStored(ArticleRevisionSchema, row.json, 'article-revision')));
  }

  get(articleId: string, revision: number): Promise<ArticleRevision | undefined> {
    return sqliteCall(this.#db, () => {
      const row = this.#one.get(articleId, revision);
      return row ? parseStored(ArticleRevisionSchema, row.json, 'article-revision') : undefined;
    });
  }

  latest(): Promise<ArticleRevision[]> {
    return sqliteCall(this.#db, () => this.#latest.all().map((row) => parseStored(ArticleRevisionSchema, row.json, 'article-revision')));
  }
}
