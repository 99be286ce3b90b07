import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const at = (text: string) => understand(text, { prompt: 'rating', today: '2026-11-18' });

/** How people give (or decline) a 1–5 rating, by construction: none of these replies is in the NLU batches. */
describe('rating: the general forms', () => {
  it.each([
    ['5', 5], ['５分', 5], ['五星', 5], ['五颗星', 5], ['俾五粒星', 5], ['满分', 5], ['打满分', 5], ['5星好评', 5], ['⭐⭐⭐', 3],
    ['4/5', 4], ['8/10', 4], ['4 out of 5', 4], ['four stars', 4], ['a solid four out of five', 4], ['一分', 1], ['差评', 1],
    ['0分', 1], ['两分吧', 2], ['三颗星 扣两颗是因为等太久', 3], ['给你4分', 4], ['I\u2019d give it a 3', 3], ['五分，多谢晒', 5],
    ['10分', 5], ['一百分', 5], ['给个四吧', 4], ['四吧', 4], ['four', 4], ["I'd say a four", 4], ['ten out of ten', 5], ['eight outta ten', 4],
    ['give it a solid three', 3], ['5 outta 5', 5],
  ] as const)('%s → %i', (text, value) => { expect(at(text)).toEqual({ kind: 'rating', value }); });

  it.each([
    '还行', '挺好的', '一般般', '普普通通', '麻麻哋', '还中吧', '过得去', '三四分吧', '四星半', '3.5', '3到4之间',
    'between 3 and 4', 'somewhere between a 4 and a 5', 'decent', 'not too bad', 'could be better', 'it was ok',
  ])('partial — %s', (text) => { expect(at(text).kind).toBe('partial'); });

  it.each(['不打了', '跳过', '打什么分 还没修好', '打咩分啊', '唔打喇', '懒得打', 'skip', 'no thanks', "i'd rather not", 'maybe later', 'nah', '不了', "i'm good thanks"])(
    'skip — %s', (text) => { expect(at(text).kind).toBe('skip'); });
});

describe('rating: counts, the scale said back, trailing marks, declining (replies written for these tests)', () => {
  it.each([
    ['差劲', { kind: 'rating', value: 1 }],
    ['Awful, waited 3 days for a call back', { kind: 'rating', value: 1 }],
    ['1到5是吧 那就4', { kind: 'rating', value: 4 }],
    ['凑合吧 二', { kind: 'rating', value: 2 }],
    ['pretty mid tbh', { kind: 'partial', known: {} }],
    ["I'd prefer not to rate", { kind: 'skip' }],
    ['本人不参与评分', { kind: 'skip' }],
    ['no time for this survey', { kind: 'skip' }],
  ] as const)('%s', (text, reading) => {
    expect(at(text)).toEqual(reading);
  });
});

describe('rating: later, once the engineer has been', () => {
  it.each(["I'll rate once the technician has been", 'rate after, thanks', 'maybe when the engineer comes'])('%s → skip', (text) => {
    expect(at(text).kind).toBe('skip');
  });
});
