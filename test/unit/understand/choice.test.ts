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
