import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintArticles } from '../../../src/kb/lint-articles.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/kb');

describe('lintArticles', () => {
  it('finds nothing wrong in the good fixtures', async () => {
    const findings = await lintArticles(join(FIXTURES, 'good'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports load problems, long steps, wrong folders and shared symptoms as errors', async () => {
    const findings = await lintArticles(join(FIXTURES, 'lint'));
    expect(findings).toEqual(expect.arrayContaining([
      { file: 'washing-machine/washer-not-draining.md', line: 32, severity: 'error', message: expect.stringMatching(/^zh step 3 has 202 characters; one chat message holds 160/) },
      { file: 'refrigerator/washer-not-filling.md', severity: 'error', message: 'product is washing-machine but the file is in refrigerator/' },
      { file: 'washing-machine/washer-not-draining.md', severity: 'error', message: expect.stringMatching(/symptom "水排不出去" says the same as one of washer-not-filling's/) },
    ]));
    const bad = await lintArticles(join(FIXTURES, 'bad'));
    expect(bad).toEqual(expect.arrayContaining([{ file: 'bad-product.md', line: 4, severity: 'error', message: expect.stringMatching(/^product:/) }]));
  });
});
