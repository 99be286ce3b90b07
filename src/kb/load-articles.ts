import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { isAppError } from '../errors.js';
import type { Article } from './article-schema.js';
import { parseArticle } from './parse-article.js';

export interface LoadProblem {
  /** Path relative to the loaded folder, as trainers see it in the repository. */
  file: string;
  line?: number;
  message: string;
}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(e.parentPath ?? e.path, e.name))
    // Sorted so "which of two duplicates wins" does not depend on the file system's order.
    .sort();
}

/**
 * Loads every article under `dir`. A bad file is reported and skipped, never thrown: one trainer's typo
 * must not take the rest of the knowledge base offline. Of two files with one id, the first (by path) wins.
 */
export async function loadArticles(dir: string): Promise<LoadResult> {
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const firstFileOf = new Map<string, string>();

  for (const path of await listMarkdown(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    let article: Article;
    try {
      article = parseArticle(await readFile(path, 'utf8'), file);
    } catch (err) {
      if (!isAppError(err, 'KB_ARTICLE_INVALID')) {
        problems.push({ file, message: err instanceof Error ? err.message : String(err) });
        continue;
      }
      const line = typeof err.details?.line === 'number' ? err.details.line : undefined;
      const { field, problem } = err.details ?? {};
      problems.push({ file, line, message: `${String(field)}: ${String(problem)}` });
      continue;
    }
    const stem = basename(file, '.md');
    if (stem !== article.id) {
      problems.push({ file, line: 2, message: `id "${article.id}" differs from the file name "${stem}"` });
    }
    const first = firstFileOf.get(article.id);
    if (first) {
      problems.push({ file, line: 2, message: `duplicate id "${article.id}", already used by ${first}; this file is skipped` });
      continue;
    }
    firstFileOf.set(article.id, file);
    articles.push(article);
  }
  return { articles, problems };
}
