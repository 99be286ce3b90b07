import { describe, expect, it } from 'vitest';
import { readChoice } from '../../../src/understand/choice.js';

const DAYS = ['9月2日（周三）下午', '9月3日（周四）上午', '9月5日（周六）上午'];

describe('choices by number, ordinal and words', () => {
  it('a day number is a day where the options print days, not an option number', () => {
    expect(readChoice('周四早上那个 3号对吧', DAYS)).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('i am travelling until 2nd september, so none of these will work.', ['Sun 30 Aug morning', 'Mon 31 Aug evening', 'Tue 1 Sep afternoon'])).toEqual({ kind: 'none' });
  });
  it('都 + a negated fit word is none of these, in any dialect', () => {
    expect(readChoice('都不得行 周末我要守店', DAYS)).toEqual({ kind: 'none' });
    expect(readChoice('这几个时间我都不要', DAYS)).toEqual({ kind: 'none' });
  });
  it('头一个 is the first', () => {
    expect(readChoice('头一个吧', DAYS)).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('an article choice by the symptom described', () => {
  it.each([
    ['灯都不亮 一点动静没有', ['冰箱不制冷、不够凉', '冰箱完全不工作、没电', '都不是'], 1],
    ["the water's just sitting in the bottom after the cycle finishes.", ["Dishwasher won't drain", 'Dishes not clean / spots left', 'Neither'], 0],
    ['一会儿烫一会儿凉', ['热水器打不着火、不出热水', '热水器水温忽冷忽热', '都不是'], 1],
  ])('%s', (said, options, index) => {
    expect(readChoice(said, options)).toEqual({ kind: 'choice', index });
  });
});

describe('any among the days named', () => {
  const WEEKEND = ['8月30日（周日）上午', '8月30日（周日）下午', '9月1日（周二）晚上'];
  it('leaves two to choose from, unless one half-day is named', () => {
    expect(readChoice('周日的随便哪个都行', WEEKEND)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('周日上午都可以', WEEKEND)).toEqual({ kind: 'choice', index: 0 });
  });
});
