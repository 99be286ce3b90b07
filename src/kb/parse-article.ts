import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { Language } from '../language.js';
import { ArticleFrontMatterSchema, type Article, type ArticleSection } from './article-schema.js';
import { parseSectionBody } from './parse-section-body.js';

export { serializeArticle } from './serialize-article.js';

interface Problem { line: number; field: string; problem: string }

const SECTION_HEADING = /^##\s+(\S+)\s*$/;

function invalid(source: string | undefined, p: Problem): AppError {
  const where = `${source ?? '<article>'}:${p.line}`;
  return new AppError('KB_ARTICLE_INVALID', `${where} ${p.field}: ${p.problem}`, {
    details: { file: source, line: p.line, field: p.field, problem: p.problem },
  });
}

/** Splits `---` front matter from the body; line numbers stay 1-based positions in the whole file. */
function splitFrontMatter(lines: string[]): { yamlText: string; bodyStart: number } | Problem {
  if (lines[0]?.trim() !== '---') {
    return { line: 1, field: 'front matter', problem: 'the file must start with a line "---"' };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { line: lines.length, field: 'front matter', problem: 'no closing "---" line' };
  return { yamlText: lines.slice(1, end).join('\n'), bodyStart: end + 1 };
}

function parseFrontMatter(yamlText: string): z.infer<typeof ArticleFrontMatterSchema> | Problem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // +1: the YAML starts on line 2 of the file, after the opening "---".
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const yamlError = doc.errors[0];
  if (yamlError) {
    return { line: fileLine(yamlError.pos[0]), field: 'front matter', problem: yamlError.message.split('\n')[0] };
  }
  let value: unknown;
  try {
    // toJS refuses YAML whose aliases expand without bound (a "billion laughs" file) by throwing.
    value = doc.toJS() ?? {};
  } catch (err) {
    return { line: 2, field: 'front matter', problem: err instanceof Error ? err.message : String(err) };
  }
  const result = ArticleFrontMatterSchema.safeParse(value);
  if (result.success) return result.data;
  // A misspelt key also shows up as the real key missing; the misspelling is the one to point at.
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]);
  return { line: lineOfPath(doc, path, fileLine), field: path.join('.') || 'front matter', problem: issue.message };
}

/** The line of the deepest key or item on the issue's path that exists (a missing key points at its parent). */
function lineOfPath(doc: Document, path: (string | number)[], fileLine: (o: number) => number): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return fileLine(pair.key.range[0]);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (isNode(item) && item.range) return fileLine(item.range[0]);
    }
  }
  return 2;
}

interface RawSection { language: string; headingLine: number; lines: { text: string; line: number }[] }

function splitSections(lines: string[], bodyStart: number): RawSection[] | Problem {
  const sections: RawSection[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i];
    const heading = SECTION_HEADING.exec(text);
    if (heading) {
      sections.push({ language: heading[1], headingLine: i + 1, lines: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1].lines.push({ text, line: i + 1 });
    } else if (text.trim() !== '' && !/^#\s/.test(text)) {
      // A "# Title" line before the first section is tolerated: trainers add one for their editor's outline.
      return { line: i + 1, field: 'body', problem: 'text before the first "## zh" section' };
    }
  }
  return sections;
}

function checkLanguages(fm: Article, sections: RawSection[], source?: string): void {
  const seen = new Set<string>();
  for (const s of sections) {
    if (s.language !== 'zh' && s.language !== 'en') {
      throw invalid(source, { line: s.headingLine, field: 'body', problem: `unknown section "## ${s.language}" (use ## zh or ## en)` });
    }
    if (seen.has(s.language)) {
      throw invalid(source, { line: s.headingLine, field: 'body', problem: `section "## ${s.language}" appears twice` });
    }
    if (!fm.languages.includes(s.language)) {
      throw invalid(source, { line: s.headingLine, field: 'languages', problem: `has a "## ${s.language}" section but languages does not list ${s.language}` });
    }
    seen.add(s.language);
  }
  for (const lang of fm.languages) {
    if (!seen.has(lang)) {
      throw invalid(source, { line: 2, field: 'languages', problem: `lists ${lang} but the body has no "## ${lang}" section` });
    }
  }
  if (!seen.has('zh')) throw invalid(source, { line: 2, field: 'body', problem: 'every article needs a "## zh" section' });
}

/**
 * Parses one knowledge-base Markdown file (format: knowledge-base/README.md).
 * Throws AppError KB_ARTICLE_INVALID with details {file, line, field, problem}; line is 1-based in the file.
 */
export function parseArticle(text: string, source?: string): Article {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const split = splitFrontMatter(lines);
  if ('problem' in split) throw invalid(source, split);
  const fm = parseFrontMatter(split.yamlText);
  if ('problem' in fm) throw invalid(source, fm as Problem);
  const sections = splitSections(lines, split.bodyStart);
  if ('problem' in sections) throw invalid(source, sections);
  const article: Article = { ...fm, body: { zh: { summary: '', steps: [] } }, ...(source ? { source } : {}) };
  checkLanguages(article, sections, source);

  for (const raw of sections) {
    const parsed = parseSectionBody(raw.lines, raw.language as Language, fm.product);
    if ('problem' in parsed) throw invalid(source, { ...parsed, field: `body.${raw.language}` });
    if (fm.category === 'troubleshooting' && parsed.steps.length === 0) {
      throw invalid(source, { line: raw.headingLine, field: `body.${raw.language}`, problem: 'a troubleshooting article needs numbered steps' });
    }
    if (parsed.summary === '' && parsed.steps.length === 0) {
      throw invalid(source, { line: raw.headingLine, field: `body.${raw.language}`, problem: 'the section is empty' });
    }
    article.body[raw.language as Language] = parsed as ArticleSection;
  }
  return article;
}
