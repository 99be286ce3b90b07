import { stringify } from 'yaml';
import { isAppError } from '../../errors.js';
import { ArticleFrontMatterSchema, type Article, type ArticleFrontMatter } from '../article-schema.js';
import { parseArticle, serializeArticle } from '../parse-article.js';

/** One problem, named by the field the editor shows it next to (`title.zh`, `symptoms.zh.0`, `body`). */
export interface FieldError {
  field: string;
  message: string;
  /** For `body`: the 1-based line inside the Markdown body. */
  line?: number;
}

/** What the editor and the API exchange: the front matter as JSON, the sections as Markdown. */
export interface EditableArticle {
  fields: ArticleFrontMatter;
  body: string;
}

export type ComposeResult = { ok: true; article: Article; text: string } | { ok: false; errors: FieldError[] };

/**
 * Builds the article file from front matter fields and a Markdown body, validating both with the
 * very parser the loader uses, so what the editor accepts the bot can load. `status` is the
 * back office's to set (publish, retire), so it is replaced, never taken from the input.
 */
export function composeArticle(fields: Record<string, unknown>, body: string, status: Article['status'] = 'published'): ComposeResult {
  const front = ArticleFrontMatterSchema.safeParse({ ...fields, status });
  if (!front.success) {
    return { ok: false, errors: front.error.issues.map((issue) => {
      const path = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
      return { field: path.join('.') || 'fields', message: issue.message };
    }) };
  }
  const head = `---\n${stringify(front.data, { lineWidth: 0 })}---\n\n`;
  const offset = head.split('\n').length - 1;
  try {
    const article = parseArticle(head + body.replace(/\r\n/g, '\n'));
    const { source: _source, ...clean } = article;
    return { ok: true, article: clean, text: serializeArticle(clean) };
  } catch (err) {
    if (!isAppError(err, 'KB_ARTICLE_INVALID')) throw err;
    const { field, problem, line } = err.details ?? {};
    const fileLine = typeof line === 'number' ? line : undefined;
    const inBody = fileLine !== undefined && fileLine > offset;
    return { ok: false, errors: [{
      field: inBody || String(field).startsWith('body') ? 'body' : String(field),
      message: String(problem),
      ...(inBody ? { line: fileLine - offset } : {}),
    }] };
  }
}

/** The file's sections, as the editor's Markdown box shows them. */
export function bodyOf(text: string): string {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return lines.slice(close + 1).join('\n').replace(/^\n+/, '');
}

/** Splits an article into what the editor shows; `source` is dropped (where it lives is not editable). */
export function editableOf(article: Article): EditableArticle {
  const { body: _body, source: _source, ...fields } = article;
  return { fields, body: bodyOf(serializeArticle(article)) };
}
