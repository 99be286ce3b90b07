import { describe, expect, it } from 'vitest';
import { foldPinyin, normalize } from '../../../src/understand/normalize.js';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

const kindAt = (prompt: PromptType, text: string) => understand(text, { prompt, today: '2026-09-01' }).kind;

/** Replies written for these tests (not from the corpus). */
describe('Shanghainese forms', () => {
  it('覅/勿/阿拉/侬/侪/辰光/伐 become their Mandarin words', () => {
    expect(normalize('阿拉覅了').lower).toBe('我不要了');
    expect(normalize('侬啥辰光来').lower).toBe('你什么时候来');
    expect(normalize('侪勿来事').lower).toBe('都不行');
    expect(normalize('明朝来好伐').lower).toBe('明朝来好吗');
    expect(normalize('请勿打扰').lower).toBe('别打扰');
    expect(normalize('金额').lower).toBe('金额');
  });
  it('read at the offer', () => {
    expect(kindAt('upsell', '覅了 谢谢侬')).toBe('no');
    expect(kindAt('quote_accept', '好额 侬来看看')).toBe('yes');
  });
});

describe('Sichuan 莫: 别 before a verb, 没 before having', () => {
  it('莫敲门 is an instruction, 莫得 / 莫人 are "none"', () => {
    expect(normalize('莫敲门').lower).toBe('别敲门');
    expect(normalize('家里莫人').lower).toBe('家里没人');
    expect(normalize('莫得问题').lower).toBe('没有问题');
  });
});

describe('pinyin typed without tones', () => {
  it('folds whole words, not English', () => {
    expect(foldPinyin('ke yi')).toBe('可以');
    expect(foldPinyin('bu yao le')).toBe('不要了');
    expect(foldPinyin('san fen')).toBe('三分');
    expect(foldPinyin('yes please')).toBe('yes please');
  });
  it('at the yes/no, rating and choice prompts, not at a name', () => {
    expect(kindAt('quote_accept', 'haode')).toBe('yes');
    expect(kindAt('upsell', 'bu xu yao')).toBe('no');
    expect(understand('si fen', { prompt: 'rating', today: '2026-09-01' })).toEqual({ kind: 'rating', value: 4 });
    expect(understand('Wu Fen', { prompt: 'name', today: '2026-09-01' }).kind).not.toBe('rating');
  });
});
