import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { parseArticle, serializeArticle } from '../../../src/kb/parse-article.js';
import { articleText } from './article-text.js';

function article(product: string, zh: string, en?: string): string {
  return articleText({ product, zh, en });
}

function problemOf(text: string): { line?: number; problem?: string } {
  try {
    parseArticle(text, 'x.md');
  } catch (err) {
    if (isAppError(err, 'KB_ARTICLE_INVALID')) return (err.details ?? {}) as { line?: number; problem?: string };
    throw err;
  }
  throw new Error('expected parseArticle to reject the text');
}

describe('variant tags on steps', () => {
  it('reads a leading tag into the step\'s variants and leaves untagged steps for every variant', () => {
    const a = parseArticle(article('washing-machine', '1. 看排水管。\n2. [滚筒] 清理过滤器。\n2. 【波轮】 冲洗线屑网。\n3. [滚筒 front-loader] 再试一次。'));
    expect(a.body.zh.steps.map((s) => [s.variants, s.text])).toEqual([
      [undefined, '看排水管。'], [['front-loader'], '清理过滤器。'], [['top-loader'], '冲洗线屑网。'], [['front-loader'], '再试一次。'],
    ]);
  });

  it('takes several variants in one tag and a tag on the fallback', () => {
    const a = parseArticle(article('air-conditioner', '1. [柜机/窗机] 按机身电源键。\n   - 如果不行：[窗机] 看看水箱。'));
    expect(a.body.zh.steps[0]).toEqual({ text: '按机身电源键。', variants: ['floor-standing', 'portable'], ifFails: '看看水箱。', ifFailsVariants: ['portable'] });
  });

  it.each([
    ['an unknown name', 'washing-machine', '1. 看看。\n2. [洗烘一体] 清理。', 18, /unknown variant "\[洗烘一体\]"; washing-machine variants are \[滚筒\] \/ \[front-loader\], \[波轮\] \/ \[top-loader\]/],
    ['another line\'s variant', 'washing-machine', '1. [燃气] 看看。', 17, /"\[燃气\]" is a water-heater variant, but this article is about washing-machine/],
    ['a tag on a line without variants', 'tv', '1. [滚筒] 看看。', 17, /tv has no variants/],
    ['a fallback for a variant its step is not for', 'washing-machine', '1. [滚筒] 看看。\n   - 如果不行：[波轮] 再看看。', 18, /fallback's variant tag names a variant its step is not for/],
  ])('refuses %s with the line and what the line\'s variants are', (_what, product, steps, line, problem) => {
    expect(problemOf(article(product, steps))).toMatchObject({ line, problem: expect.stringMatching(problem) });
  });

  it('writes the tags back in each section\'s language, alternatives under one number', () => {
    const text = article('washing-machine', '1. 看排水管。\n2. [滚筒] 清理过滤器。\n2. [波轮] 冲洗线屑网。\n3. 再试。',
      '1. Check the hose.\n2. [front-loader] Clean the filter.\n2. [top-loader] Rinse the lint filter.\n3. Try again.');
    const a = parseArticle(text);
    const written = serializeArticle(a);
    expect(written).toContain('2. [滚筒] 清理过滤器。\n2. [波轮] 冲洗线屑网。\n3. 再试。');
    expect(written).toContain('2. [front-loader] Clean the filter.\n2. [top-loader] Rinse the lint filter.');
    expect(parseArticle(written)).toEqual(a);
  });
});
