import { randomUUID } from 'node:crypto';
import type { Log } from '../../log.js';
import type { Article } from '../article-schema.js';
import { parseArticle } from '../parse-article.js';
import type { ArticleRevisionStore } from './article-revision-store.js';
import { newArticlePath, readArticleFolder, writeArticleFile } from './article-files.js';
import type { KbReloadBus, KbReloadEvent } from './kb-reload-bus.js';

export interface KbPublisherDeps {
  kbDir: string;
  /** The live index customers are answered from (RetrieverKnowledgeBase). */
  kb: { replaceArticles(articles: readonly Article[]): Promise<void> };
  bus: KbReloadBus;
  revisions: ArticleRevisionStore;
  log: Log;
}

/**
 * Gets a published article to every bot process within seconds, without a restart. The publishing
 * process has written the file; it swaps its own index at once and announces the revision. Every
 * other process writes that revision from the shared store into its own knowledge-base/ folder
 * (a no-op when the folder is shared) and swaps its index. Reloads run one after another, so an
 * older load can never replace a newer one.
 */
export class KbPublisher {
  readonly processId = randomUUID();
  #chain: Promise<void> = Promise.resolve();
  #unsubscribe?: () => void;

  constructor(private readonly deps: KbPublisherDeps) {}

  start(): void {
    this.#unsubscribe ??= this.deps.bus.subscribe((event) => {
      if (event.origin === this.processId) return;
      void this.#enqueue(() => this.#apply(event));
    });
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Called after the file is written: this process answers from it when the call returns. */
  async published(articleId: string, revision: number): Promise<void> {
    await this.reload();
    try {
      await this.deps.bus.publish({ articleId, revision, origin: this.processId });
    } catch (err) {
      // The file is written and this process serves it; other processes catch up on their next reload.
      this.deps.log.warn({ code: 'STORE_UNAVAILABLE', articleId, revision, err }, 'kb.publish.announce-failed');
    }
  }

  reload(): Promise<void> {
    return this.#enqueue(async () => {
      const folder = await readArticleFolder(this.deps.kbDir);
      for (const problem of folder.problems) this.deps.log.warn({ code: 'KB_ARTICLE_INVALID', ...problem }, 'kb.article.skipped');
      await this.deps.kb.replaceArticles(folder.articles);
      this.deps.log.info({ articles: folder.articles.length }, 'kb.reloaded');
    });
  }

  async #apply(event: KbReloadEvent): Promise<void> {
    const revision = await this.deps.revisions.get(event.articleId, event.revision);
    if (revision && revision.state !== 'draft') {
      const folder = await readArticleFolder(this.deps.kbDir);
      const path = folder.files.get(event.articleId)?.file ?? newArticlePath(parseArticle(revision.text));
      await writeArticleFile(this.deps.kbDir, path, revision.text);
    }
    const folder = await readArticleFolder(this.deps.kbDir);
    await this.deps.kb.replaceArticles(folder.articles);
    this.deps.log.info({ articleId: event.articleId, revision: event.revision, articles: folder.articles.length }, 'kb.reloaded.remote');
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.#chain.then(work);
    this.#chain = next.catch((err: unknown) => this.deps.log.error({ code: 'KB_ARTICLE_INVALID', err }, 'kb.reload.failed'));
    return next;
  }
}
