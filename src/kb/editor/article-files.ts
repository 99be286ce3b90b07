import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../article-schema.js';
import { loadArticles, type LoadProblem } from '../load-articles.js';

/** An article as knowledge-base/ holds it: parsed, its raw text, and its path relative to the folder. */
export interface ArticleFile {
  article: Article;
  text: string;
  file: string;
}

export interface ArticleFolder {
  files: Map<string, ArticleFile>;
  articles: Article[];
  problems: LoadProblem[];
}

/** Reads the folder fresh each time, so a `git pull` shows up in the back office without a restart. */
export async function readArticleFolder(kbDir: string): Promise<ArticleFolder> {
  const loaded = await loadArticles(kbDir);
  const files = new Map<string, ArticleFile>();
  for (const article of loaded.articles) {
    const file = article.source ?? `${article.product}/${article.id}.md`;
    files.set(article.id, { article, file, text: await readFile(join(kbDir, file), 'utf8') });
  }
  return { files, articles: loaded.articles, problems: loaded.problems };
}

/** Where a new article goes: one folder per product line, file named after the id (what lint expects). */
export function newArticlePath(article: Pick<Article, 'id' | 'product'>): string {
  return `${article.product}/${article.id}.md`;
}

/**
 * Writes through a temporary file and a rename, so the file watcher and other processes reading the
 * folder never see half an article.
 */
export async function writeArticleFile(kbDir: string, file: string, text: string): Promise<boolean> {
  const path = join(kbDir, file);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
  return true;
}
