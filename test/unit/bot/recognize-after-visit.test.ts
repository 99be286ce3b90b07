import { describe, expect, it } from 'vitest';
import { readRepairOutcome, wantsNoContact } from '../../../src/bot/recognize-after-visit.js';

describe('after-visit recognisers', () => {
  it.each(['不用再联系我', '以后别再联系我了', 'please stop messaging me', "Don't contact me again", 'unsubscribe'])('reads "%s" as an opt-out', (text) => {
    expect(wantsNoContact(text)).toBe(true);
  });

  it.each(['不用了', '谢谢', 'stop', '我不用再报修了吗'])('does not read "%s" as an opt-out', (text) => {
    expect(wantsNoContact(text)).toBe(false);
  });

  it.each([
    ['修好了', 'fixed'], ['已修好', 'fixed'], ['现在正常了', 'fixed'], ['it works now', 'fixed'],
    ['还没修好', 'not-fixed'], ['还是不行', 'not-fixed'], ['又坏了', 'not-fixed'], ['still broken', 'not-fixed'], ['not fixed', 'not-fixed'],
    ['明天几点来？', undefined],
  ] as const)('reads "%s" as %s', (text, outcome) => {
    expect(readRepairOutcome(text)).toBe(outcome);
  });
});
