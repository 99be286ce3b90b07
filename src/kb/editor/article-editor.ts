import { AppError } from '../../errors.js';
import type { Clock } from '../../clock.js';
import type { Article } from '../article-schema.js';
import { parseArticle, serializeArticle } from '../parse-article.js';
import type { ArticleRevision, ArticleRevisionStore } from './article-revision-store.js';
import { composeArticle, editableOf, type EditableArticle, type FieldError } from './article-text.js';
import { newArticlePath, readArticleFolder, writeArticleFile, type ArticleFile } from './article-files.js';
import { changesOnly, diffLines, type DiffLine } from './line-diff.js';
import type { KbPublisher } from './kb-publisher.js';

export interface ArticleSummary {
  id: string;
  title: Article['title'];
  product: Article['product'];
  category: Article['category'];
  /** What customers see: published (live), retired, or draft (never published). */
  status: Article['status'];
  /** A saved revision that is not live yet. */
  hasDraft: boolean;
  revision?: number;
  updatedAt?: string;
  updatedBy?: string;
  file?: string;
}

export interface ArticleView extends ArticleSummary {
  /** What the editor opens: the draft when there is one, else the file. */
  editable: EditableArticle;
  /** The live version, when the article has a file. */
  published?: EditableArticle;
}

export interface RevisionView extends Omit<ArticleRevision, 'text'> {
  text: string;
  /** Changed lines against the revision before (all lines added for the first). */
  changes: DiffLine[];
}

export interface ArticleEditorDeps {
  kbDir: string;
  revisions: ArticleRevisionStore;
  publisher: KbPublisher;
  clock: Clock;
}

/** Raised with every field problem, so the page can show each next to its field. */
export function invalidArticle(errors: FieldError[]): AppError {
  return new AppError('KB_ARTICLE_INVALID', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { status: 422, details: { errors } });
}

const withStatus = (text: string, status: Article['status']) => serializeArticle({ ...parseArticle(text), status, source: undefined });

/**
 * The trainers' article workflow. Published text lives in knowledge-base/ (the git source of truth);
 * drafts and the history of every save live in the ArticleRevisionStore. Publishing writes the file
 * and asks the KbPublisher to swap every process's index.
 */
export class ArticleEditor {
  constructor(private readonly deps: ArticleEditorDeps) {}

  async list(query: { q?: string; status?: Article['status'] } = {}): Promise<{ articles: ArticleSummary[]; problems: unknown[] }> {
    const folder = await readArticleFolder(this.deps.kbDir);
    const latest = new Map((await this.deps.revisions.latest()).map((r) => [r.articleId, r]));
    const ids = new Set([...folder.files.keys(), ...latest.keys()]);
    const needle = query.q?.trim().toLowerCase();
    const articles = [...ids].sort().map((id) => summarize(folder.files.get(id), latest.get(id)))
      .filter((a): a is ArticleSummary & { search: string } => a !== undefined)
      .filter((a) => (!needle || a.search.includes(needle)) && (!query.status || a.status === query.status))
      .map(({ search: _search, ...summary }) => summary);
    return { articles, problems: folder.problems };
  }

  async get(id: string): Promise<ArticleView> {
    const folder = await readArticleFolder(this.deps.kbDir);
    const file = folder.files.get(id);
    const revisions = await this.deps.revisions.list(id);
    const latest = revisions.at(-1);
    const summary = summarize(file, latest);
    if (!summary) throw new AppError('KB_ARTICLE_NOT_FOUND', undefined, { details: { id } });
    const { search: _search, ...rest } = summary;
    const editable = latest?.state === 'draft' ? editableOf(parseArticle(latest.text)) : file ? editableOf(file.article) : editableOf(parseArticle(latest!.text));
    return { ...rest, editable, ...(file ? { published: editableOf(file.article) } : {}) };
  }

  /** A save is always a new draft revision; `id` undefined creates an article. */
  async save(id: string | undefined, input: { fields: Record<string, unknown>; body: string; baseRevision?: number }, by: string): Promise<ArticleView> {
    if (id !== undefined && input.fields.id !== undefined && input.fields.id !== id) {
      throw invalidArticle([{ field: 'id', message: `the id cannot change (it is ${id}); create a new article instead` }]);
    }
    const composed = composeArticle({ ...input.fields, id: id ?? input.fields.id }, input.body);
    if (!composed.ok) throw invalidArticle(composed.errors);
    const articleId = composed.article.id;
    const file = (await readArticleFolder(this.deps.kbDir)).files.get(articleId);
    const revisions = await this.deps.revisions.list(articleId);
    if (id === undefined && (file || revisions.length)) {
      throw new AppError('KB_ARTICLE_EXISTS', undefined, { details: { id: articleId, errors: [{ field: 'id', message: `${articleId} already exists` }] } });
    }
    if (id !== undefined && !file && !revisions.length) throw new AppError('KB_ARTICLE_NOT_FOUND', undefined, { details: { id } });
    const newest = await this.#baseline(articleId, file, revisions);
    if (input.baseRevision !== undefined && input.baseRevision !== newest) {
      throw new AppError('STORE_CONFLICT', `Someone saved revision ${newest} after the revision ${input.baseRevision} you edited; reload first.`, { details: { newest } });
    }
    await this.#append(articleId, newest + 1, by, { action: 'save', state: 'draft', text: composed.text });
    return this.get(articleId);
  }

  /** Makes the newest revision live: writes the file and swaps every process's index. */
  async publish(id: string, by: string): Promise<ArticleView> {
    const file = (await readArticleFolder(this.deps.kbDir)).files.get(id);
    const revisions = await this.deps.revisions.list(id);
    const latest = revisions.at(-1);
    if (!latest) {
      if (!file) throw new AppError('KB_ARTICLE_NOT_FOUND', undefined, { details: { id } });
      return this.get(id);
    }
    const text = withStatus(latest.text, 'published');
    const path = file?.file ?? newArticlePath(parseArticle(text));
    await writeArticleFile(this.deps.kbDir, path, text);
    const revision = latest.state === 'published' && latest.text === text ? latest.revision
      : (await this.#append(id, latest.revision + 1, by, { action: 'publish', state: 'published', text })).revision;
    await this.deps.publisher.published(id, revision);
    return this.get(id);
  }

  /** Takes the article away from customers; the file stays (status: retired) so git keeps its history. */
  async retire(id: string, by: string): Promise<ArticleView> {
    const file = (await readArticleFolder(this.deps.kbDir)).files.get(id);
    const revisions = await this.deps.revisions.list(id);
    const newest = await this.#baseline(id, file, revisions);
    const source = file?.text ?? revisions.at(-1)?.text;
    if (!source) throw new AppError('KB_ARTICLE_NOT_FOUND', undefined, { details: { id } });
    const text = withStatus(source, 'retired');
    if (file) await writeArticleFile(this.deps.kbDir, file.file, text);
    const saved = await this.#append(id, newest + 1, by, { action: 'retire', state: 'retired', text });
    await this.deps.publisher.published(id, saved.revision);
    return this.get(id);
  }

  /** Newest first, each with the lines it changed. */
  async revisions(id: string): Promise<RevisionView[]> {
    const revisions = await this.deps.revisions.list(id);
    if (!revisions.length) await this.get(id);
    return revisions.map((r, i) => ({ ...r, changes: changesOnly(diffLines(revisions[i - 1]?.text ?? '', r.text)) })).reverse();
  }

  /** Restores an old revision's text as a new draft (history is never rewritten); publish makes it live. */
  async revert(id: string, revision: number, by: string, options: { publish?: boolean } = {}): Promise<ArticleView> {
    const target = await this.deps.revisions.get(id, revision);
    if (!target) throw new AppError('KB_REVISION_NOT_FOUND', undefined, { details: { id, revision } });
    const newest = (await this.deps.revisions.list(id)).at(-1)?.revision ?? 0;
    await this.#append(id, newest + 1, by, { action: 'revert', state: 'draft', text: withStatus(target.text, 'published'), revertOf: revision });
    return options.publish ? this.publish(id, by) : this.get(id);
  }

  /** The first edit of an article that so far lived only in its file records that file as revision 1. */
  async #baseline(id: string, file: ArticleFile | undefined, revisions: ArticleRevision[]): Promise<number> {
    const newest = revisions.at(-1)?.revision ?? 0;
    if (newest > 0 || !file) return newest;
    const state = file.article.status;
    await this.#append(id, 1, 'files', { action: 'import', state, text: file.text });
    return 1;
  }

  #append(articleId: string, revision: number, by: string, rest: Pick<ArticleRevision, 'action' | 'state' | 'text'> & { revertOf?: number }) {
    return this.deps.revisions.append({ articleId, revision, by, at: this.deps.clock.now().toISOString(), ...rest });
  }

  /** Published and retired-or-draft articles, with drafts overlaid: what the "ask with drafts" box searches. */
  async draftSet(extra?: Article): Promise<Article[]> {
    const folder = await readArticleFolder(this.deps.kbDir);
    const byId = new Map(folder.articles.map((a) => [a.id, a]));
    for (const r of await this.deps.revisions.latest()) {
      if (r.state === 'draft') byId.set(r.articleId, { ...parseArticle(r.text), status: 'published' });
    }
    if (extra) byId.set(extra.id, { ...extra, status: 'published' });
    return [...byId.values()];
  }
}

function summarize(file: ArticleFile | undefined, latest: ArticleRevision | undefined): (ArticleSummary & { search: string }) | undefined {
  const article = latest ? parseArticle(latest.text) : file?.article;
  if (!article) return undefined;
  const status: Article['status'] = file ? file.article.status : latest?.state === 'retired' ? 'retired' : 'draft';
  const search = [article.id, article.title.zh, article.title.en ?? '', ...article.symptoms.zh, ...(article.symptoms.en ?? []), ...article.models]
    .join('\n').toLowerCase();
  return {
    id: article.id, title: article.title, product: article.product, category: article.category, status,
    hasDraft: latest?.state === 'draft', revision: latest?.revision, updatedAt: latest?.at, updatedBy: latest?.by, file: file?.file, search,
  };
}
