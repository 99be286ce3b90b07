import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import './fuzz-seed.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.js';
import { loadArticles } from '../../src/kb/load-articles.js';
import { parseArticle } from '../../src/kb/parse-article.js';
import { hostileText } from './hostile-payloads.js';

const RUNS = 2_000;
const LOADER_FILES = 60;

/** Real articles to mutate: a broken article looks mostly like a good one. */
const samples = readdirSync('knowledge-base/washing-machine').filter((name) => name.endsWith('.md')).slice(0, 5)
  .map((name) => readFileSync(join('knowledge-base/washing-machine', name), 'utf8'));

const YAML_TRAPS = [
  'id: &a [*a, *a]', 'title: !!js/function "function(){}"', 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '__proto__: {polluted: true}', 'languages: 5', 'models: "not a list"', 'status: maybe', 'title: {zh: 1, en: []}',
  'symptoms: null', '? [complex, key]\n: value', 'id: "\\u0000"', '---', '...', '\t\tbad: indent', 'id: ' + 'x'.repeat(5000),
];

/** A sample article with a few lines replaced, inserted or removed, or the front matter poisoned. */
const mutatedArticle = fc.tuple(
  fc.constantFrom(...samples),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.oneof(hostileText, fc.constantFrom(...YAML_TRAPS))), { minLength: 1, maxLength: 4 }),
).map(([text, edits]) => {
  const lines = text.split('\n');
  for (const [at, kind, value] of edits) {
    const i = at % lines.length;
    if (kind === 'replace') lines[i] = value;
    else if (kind === 'insert') lines.splice(i, 0, value);
    else lines.splice(i, 1);
  }
  return lines.join('\n');
});

const articleFile = fc.oneof(
  { weight: 5, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: fc.string({ maxLength: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_TRAPS).map((yaml) => `---\n${yaml}\n---\n## zh\n内容\n## en\ntext\n`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((text) => `---\n${text}\n---\n`) },
);

const dirs: string[] = [];
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

describe('fuzzing the knowledge-base loader', () => {
  it(`parses ${RUNS} generated article files to an article or a KB_ARTICLE_INVALID with a line, never anything else`, { timeout: 300_000 }, () => {
    fc.assert(fc.property(articleFile, (text) => {
      Object.defineProperty(Object.prototype, 'polluted', { configurable: true, set() { throw new Error('prototype polluted'); } });
      try {
        parseArticle(text, 'fuzz/generated.md');
      } catch (err) {
        expect(isAppError(err, 'KB_ARTICLE_INVALID'), String(err)).toBe(true);
        expect(typeof (err as { details?: { line?: unknown } }).details?.line).toBe('number');
      } finally {
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
    }), { numRuns: RUNS });
  });

  it('loads a folder of generated files without throwing, skipping and reporting every bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osb-fuzz-articles-'));
    dirs.push(dir);
    const files = fc.sample(articleFile, LOADER_FILES);
    files.forEach((text, i) => writeFileSync(join(dir, `generated-${i}.md`), text));
    const result = await loadArticles(dir);
    expect(result.articles.length + result.problems.length).toBeGreaterThanOrEqual(LOADER_FILES);
    for (const problem of result.problems) expect(problem.message).toEqual(expect.any(String));
  });
});
