import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/kb/load-articles.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/kb');
let temp: string | undefined;

afterEach(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = undefined;
});

describe('loadArticles', () => {
  it('loads every article under the folder, recursively, with its relative source', async () => {
    const { articles, problems } = await loadArticles(join(FIXTURES, 'good'));
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.source).sort()).toEqual([
      'general/draft-article.md',
      'general/warranty-policy.md',
      'refrigerator/fridge-not-cooling.md',
      'router/router-dropping-connection.md',
      'washing-machine/washer-not-draining.md',
      'washing-machine/washer-not-filling.md',
    ]);
  });

  it('reports bad files with their line, skips README.md, and keeps the good ones', async () => {
    const { articles, problems } = await loadArticles(join(FIXTURES, 'bad'));
    expect(articles.map((a) => a.id).sort()).toEqual(['warranty-policy', 'washer-not-draining']);
    expect(problems).toEqual(expect.arrayContaining([
      { file: 'bad-product.md', line: 4, message: expect.stringMatching(/^product:/) },
      { file: 'no-closing.md', line: expect.any(Number), message: expect.stringMatching(/closing/) },
      { file: 'washer-not-filling.md', line: 2, message: expect.stringMatching(/differs from the file name/) },
    ]));
    expect(problems.some((p) => p.file.toLowerCase().includes('readme'))).toBe(false);
  });

  it('keeps the first of two files with one id and reports the second', async () => {
    temp = await mkdtemp(join(tmpdir(), 'kb-dup-'));
    await cp(join(FIXTURES, 'good/general/warranty-policy.md'), join(temp, 'a/warranty-policy.md'), { recursive: true });
    await cp(join(FIXTURES, 'good/general/warranty-policy.md'), join(temp, 'b/warranty-policy.md'), { recursive: true });
    const { articles, problems } = await loadArticles(temp);
    expect(articles.map((a) => a.source)).toEqual(['a/warranty-policy.md']);
    expect(problems).toEqual([{ file: 'b/warranty-policy.md', line: 2, message: expect.stringMatching(/duplicate id "warranty-policy".*a\/warranty-policy\.md/) }]);
  });
});
