import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/kb/parse-article.js';
import { lintVariants } from '../../../src/kb/lint-variants.js';
import { hasVariantSteps, stepsFor, walkFor } from '../../../src/kb/variant-steps.js';
import { articleText } from './article-text.js';

function article(steps: string, escalation = 'self-service') {
  return parseArticle(articleText({ zh: steps, escalation }), 'washing-machine/x.md');
}

const DRAIN = article('1. 看排水管。\n2. [滚筒] 清理过滤器。\n   - 如果不行：用应急排水管放水。\n2. [波轮] 冲洗线屑网。\n3. 空桶排水。');

describe('stepsFor / walkFor', () => {
  it('shows a variant only its own steps and the shared ones, in order', () => {
    expect(stepsFor(DRAIN.body.zh, 'front-loader').map((s) => s.text)).toEqual(['看排水管。', '清理过滤器。', '空桶排水。']);
    expect(stepsFor(DRAIN.body.zh, 'top-loader').map((s) => s.text)).toEqual(['看排水管。', '冲洗线屑网。', '空桶排水。']);
  });

  it('shows only the shared steps when the customer is not sure', () => {
    expect(stepsFor(DRAIN.body.zh, 'unsure').map((s) => s.text)).toEqual(['看排水管。', '空桶排水。']);
  });

  it('leaves off a fallback tagged for another variant', () => {
    const a = article('1. 看排水管。\n   - 如果不行：[滚筒] 拧开过滤器看看。');
    expect(stepsFor(a.body.zh, 'top-loader')[0].ifFails).toBeUndefined();
    expect(stepsFor(a.body.zh, 'front-loader')[0].ifFails).toBe('拧开过滤器看看。');
  });

  it('asks just before the first step that differs when every variant has as many steps', () => {
    expect(hasVariantSteps(DRAIN)).toBe(true);
    expect(walkFor(DRAIN, DRAIN.body.zh, undefined)).toMatchObject({ askAt: 1 });
    expect(walkFor(DRAIN, DRAIN.body.zh, undefined).steps).toHaveLength(3);
    expect(walkFor(DRAIN, DRAIN.body.zh, 'top-loader').askAt).toBeUndefined();
  });

  it('asks first when the variants\' walks differ in length, so the step count never changes', () => {
    const uneven = article('1. 看排水管。\n2. [滚筒] 清理过滤器。\n3. [滚筒] 放掉积水。\n4. [波轮] 冲洗线屑网。');
    expect(walkFor(uneven, uneven.body.zh, undefined).askAt).toBe(0);
  });

  it('never asks for an article without variant steps, nor holds back safety steps', () => {
    const plain = article('1. 看排水管。');
    expect(walkFor(plain, plain.body.zh, undefined)).toEqual({ steps: plain.body.zh.steps });
    const safety = article('1. 断电。\n2. [滚筒] 不要开门。', 'safety');
    expect(walkFor(safety, safety.body.zh, undefined).steps).toHaveLength(2);
  });
});

describe('lintVariants', () => {
  it('finds nothing in an article where every variant has steps', () => {
    expect(lintVariants(DRAIN)).toEqual([]);
  });

  it('is an error when every step is for a variant and one variant has none', () => {
    const a = article('1. [滚筒] 清理过滤器。\n2. [滚筒] 放水。');
    expect(lintVariants(a)).toEqual(expect.arrayContaining([
      { file: 'washing-machine/x.md', severity: 'error', message: expect.stringMatching(/^zh: every step is for a particular variant and none is for \[波轮\] \/ \[top-loader\]/) },
      { file: 'washing-machine/x.md', severity: 'warning', message: expect.stringMatching(/not sure which kind they have gets no steps/) },
    ]));
  });

  it('says nothing about articles without tags', () => {
    expect(lintVariants(article('1. 看排水管。'))).toEqual([]);
  });
});
