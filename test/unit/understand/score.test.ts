import { describe, expect, it } from 'vitest';
import type { CorpusItem } from '../../../src/understand/cli/corpus.js';
import { agrees, judge } from '../../../src/understand/cli/score.js';

const item = (type: string, expect: CorpusItem['expect'], options?: string[]): CorpusItem =>
  ({ id: 'X-1', batch: 'X', type, lang: 'zh', ref: '2026-06-10T10:00+08:00', text: '…', expect, ...(options && { context: { options } }) });

describe('labels agree (the bot against a label, or two labellers)', () => {
  it('compares names and addresses up to spacing and punctuation, other values exactly', () => {
    expect(agrees(item('name', { kind: 'value', value: '李 明' }), { kind: 'value', value: '李明' }, { kind: 'value', value: '李明。' })).toBe(true);
    expect(agrees(item('phone', { kind: 'value' }), { kind: 'value', value: '+8613912345678' }, { kind: 'value', value: '+8613912345679' })).toBe(false);
  });

  it('takes choosing the "都不是" option and "none" as the same answer', () => {
    const it3 = item('article_choice', { kind: 'none' }, ['空调不制冷', '空调开不了机', '都不是']);
    expect(agrees(it3, { kind: 'none' }, { kind: 'choice', value: '3' })).toBe(true);
    expect(agrees(it3, { kind: 'none' }, { kind: 'choice', value: '2' })).toBe(false);
  });

  it('needs the same field for a correction, and the value only when the label gives one', () => {
    const c = item('correction', { kind: 'correction', field: 'phone' });
    expect(agrees(c, { kind: 'correction', field: 'phone' }, { kind: 'correction', field: 'phone', value: '+8613912345678' })).toBe(true);
    expect(agrees(c, { kind: 'correction', field: 'phone' }, { kind: 'correction', field: 'name' })).toBe(false);
  });

  it('takes a yes that carries the question\'s topic for a question label, and only that topic', () => {
    const q = item('quote_accept', { kind: 'question', topic: 'wait_time' });
    expect(agrees(q, { kind: 'question', value: 'wait_time' }, { kind: 'yes', asks: 'wait_time' })).toBe(true);
    expect(agrees(q, { kind: 'question', value: 'wait_time' }, { kind: 'yes', asks: 'price' })).toBe(false);
    expect(agrees(q, { kind: 'question', value: 'wait_time' }, { kind: 'yes' })).toBe(false);
  });

  it('counts a wrong definite reading as silent, a wrong question as not silent', () => {
    const q = item('quote_accept', { kind: 'yes' });
    expect(judge(q, { kind: 'no' })).toMatchObject({ correct: false, silent: true });
    expect(judge(q, { kind: 'question', topic: 'price' })).toMatchObject({ correct: false, silent: false });
    expect(judge(q, { kind: 'yes' })).toMatchObject({ correct: true, silent: false });
  });
});
