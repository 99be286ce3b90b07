import { describe, expect, it } from 'vitest';
import { analyzeQuery, SYNONYM_WEIGHT } from '../../../src/kb/analyze-query.js';
import { SYNONYMS } from '../../../src/kb/synonyms.js';
import { createTokenizer } from '../../../src/kb/tokenizer.js';

const tokenizer = createTokenizer('jieba');
const termsOf = (q: string) => analyzeQuery(q, tokenizer, SYNONYMS);

describe('synonym table', () => {
  it('justifies every entry', () => {
    for (const entry of SYNONYMS) expect(entry.why.length, entry.phrases.join('/')).toBeGreaterThan(5);
  });

  // Symptoms with different fixes must never share an entry (knowledge-base/README.md rules).
  it.each([
    ['不进水', '不排水'],
    ['不制冷', '不制热'],
    ['掉线', '连不上'],
    ['漏水', '不排水'],
  ])('never puts %s and %s in one entry', (a, b) => {
    for (const entry of SYNONYMS) expect(entry.phrases.includes(a) && entry.phrases.includes(b)).toBe(false);
  });
});

describe('analyzeQuery', () => {
  it('adds the other phrasings of a symptom at lower weight, in the typed word\'s group', () => {
    const terms = termsOf('冰箱不凉了');
    const typed = terms.find((t) => t.term === '不凉');
    const added = terms.find((t) => t.term === '不制冷');
    expect(typed?.weight).toBe(1);
    expect(added).toMatchObject({ weight: SYNONYM_WEIGHT, group: typed?.group });
  });

  it('does not expand 不进水 into anything about draining', () => {
    expect(termsOf('洗衣机不进水').map((t) => t.term)).not.toContain('不排水');
    expect(termsOf('洗衣机不排水').map((t) => t.term)).not.toContain('不进水');
  });

  it('maps typos one way onto the right word', () => {
    expect(termsOf('洗衣几漏水').map((t) => t.term)).toContain('洗衣机');
    expect(termsOf('冰相不冷').map((t) => t.term)).toContain('冰箱');
    expect(termsOf('洗衣机漏水').map((t) => t.term)).not.toContain('洗衣几');
  });

  it('matches Latin phrases as whole words only', () => {
    expect(termsOf('my Wi-Fi drops').map((t) => t.term)).toContain('wifi');
    expect(termsOf('tripod for the tv').map((t) => t.term)).not.toContain('breaker');
  });
});
