import { describe, expect, it } from 'vitest';
import { keptAnswers } from '../../src/kept-answers.js';

describe('keptAnswers', () => {
  it('computes a text once, keeps at most max answers, and forgets on request', () => {
    const seen: string[] = [];
    const length = keptAnswers((text: string) => { seen.push(text); return text.length; }, 2);
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(seen).toEqual(['ab', 'abc']);
    length('abcd'); // a third text: the kept two are dropped at once
    length('ab');
    expect(seen).toEqual(['ab', 'abc', 'abcd', 'ab']);
    length.forget();
    length('ab');
    expect(seen.at(-1)).toBe('ab');
    expect(seen).toHaveLength(5);
  });

  it('keeps an undefined answer too', () => {
    let calls = 0;
    const none = keptAnswers(() => { calls += 1; return undefined; }, 4);
    none('x'); none('x');
    expect(calls).toBe(1);
  });
});
