import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { parseArticle, serializeArticle } from '../../../src/kb/parse-article.js';

const GOOD = join(import.meta.dirname, '../../fixtures/kb/good');
const draining = readFileSync(join(GOOD, 'washing-machine/washer-not-draining.md'), 'utf8');

function problemOf(text: string): Record<string, unknown> {
  try {
    parseArticle(text, 'x.md');
  } catch (err) {
    if (isAppError(err, 'KB_ARTICLE_INVALID')) return err.details ?? {};
    throw err;
  }
  throw new Error('expected parseArticle to reject the text');
}

const MINIMAL = `---
id: x
category: troubleshooting
product: washing-machine
languages: [zh]
title:
  zh: 标题
symptoms:
  zh: [症状]
---

## zh

概述。

1. 第一步。
`;

describe('parseArticle', () => {
  it('reads front matter, defaults, summary, steps and their fallbacks', () => {
    const a = parseArticle(draining, 'washing-machine/washer-not-draining.md');
    expect(a.id).toBe('washer-not-draining');
    expect(a.models).toEqual(['XQG100-D3', 'XQB80-T2']);
    expect(a.symptoms.zh).toContain('显示E21');
    expect(a.upsell?.kind).toBe('maintenance-plan');
    expect(a.source).toBe('washing-machine/washer-not-draining.md');
    expect(a.body.zh.summary).toMatch(/^排水不畅/);
    expect(a.body.zh.steps).toHaveLength(3);
    expect(a.body.zh.steps[0].ifFails).toBeUndefined();
    // The fallback wraps onto a second line; Chinese soft breaks join without a space.
    expect(a.body.zh.steps[1].ifFails).toBe('检查排水管有没有被压扁或打折，把它理顺，出水口不要高于一米。');
    expect(a.body.en?.steps[1].ifFails).toBe('check the drain hose is not squashed or kinked, and keep its outlet below one metre.');
  });

  it('applies schema defaults (escalation, status, models)', () => {
    const a = parseArticle(MINIMAL);
    expect(a).toMatchObject({ escalation: 'self-service', status: 'published', models: [] });
    expect(a.body.en).toBeUndefined();
  });

  it.each([
    ['no opening ---', MINIMAL.replace(/^---\n/, ''), 1, 'front matter'],
    ['no closing ---', MINIMAL.replace('---\n\n## zh', '\n## zh'), 16, 'front matter'],
    ['broken YAML', MINIMAL.replace('symptoms:\n  zh: [症状]', 'symptoms:\n  zh: [症状'), 9, 'front matter'],
    ['unknown product', MINIMAL.replace('washing-machine', 'toaster'), 4, 'product'],
    ['id not kebab-case', MINIMAL.replace('id: x', 'id: Washer_Drain'), 2, 'id'],
    ['missing title', MINIMAL.replace('title:\n  zh: 标题\n', ''), 2, 'title'],
    ['empty symptom list', MINIMAL.replace('zh: [症状]', 'zh: []'), 9, 'symptoms.zh'],
    ['misspelt key', MINIMAL.replace('symptoms:', 'symptom:'), 8, 'symptom'],
    ['listed language without its section', MINIMAL.replace('languages: [zh]', 'languages: [zh, en]'), 2, 'languages'],
    ['section of an unlisted language', `${MINIMAL}\n## en\n\nSummary.\n\n1. Step.\n`, 18, 'languages'],
    ['unknown section', MINIMAL.replace('## zh', '## fr'), 12, 'body'],
    ['nested bullet that is not a fallback', `${MINIMAL}   - 注意：别弄湿插头\n`, 17, 'body.zh'],
    ['text after the steps', `${MINIMAL}\n祝您生活愉快。\n`, 18, 'body.zh'],
    ['troubleshooting without steps', MINIMAL.replace('1. 第一步。\n', ''), 12, 'body.zh'],
  ])('rejects %s with the line of the problem', (_name, text, line, field) => {
    expect(problemOf(text)).toMatchObject({ file: 'x.md', line, field });
  });

  it('puts file and line in the message too, for logs', () => {
    expect(() => parseArticle(MINIMAL.replace('washing-machine', 'toaster'), 'a/b.md')).toThrow(/a\/b\.md:4 product/);
  });
});

describe('serializeArticle', () => {
  const files = readdirSync(GOOD, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

  it.each(files)('round-trips %s', (file) => {
    const article = parseArticle(readFileSync(join(GOOD, file), 'utf8'));
    const again = parseArticle(serializeArticle(article));
    expect(again).toEqual(article);
    expect(serializeArticle(again)).toBe(serializeArticle(article));
  });

  it('writes the fallback bullet in the section language', () => {
    const text = serializeArticle(parseArticle(draining));
    expect(text).toContain('   - 如果不行：检查排水管');
    expect(text).toContain("   - If that doesn't help: check the drain hose");
    expect(text).toMatch(/^---\nid: washer-not-draining\ncategory: troubleshooting\n/);
  });
});
