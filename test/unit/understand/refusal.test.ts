import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

const read = (prompt: PromptType, text: string) => understand(text, { prompt, today: '2026-11-18', region: 'CN' });

describe('a refusal to give a field', () => {
  it('is an invalid reading with the reason refused, in Chinese, Cantonese and English', () => {
    for (const text of ['这个不想透露', '不告诉你们', '不方便留', '凭什么给你', '唔想講', '唔话你知', "I'd prefer not to share that", 'not telling you', 'nah.'])
      expect(read('phone', text), text).toEqual({ kind: 'invalid', field: 'phone', reason: 'refused' });
    expect(read('address', '地址保密')).toEqual({ kind: 'invalid', field: 'address', reason: 'refused' });
    expect(read('name', "won't give my name")).toEqual({ kind: 'invalid', field: 'name', reason: 'refused' });
  });
  it('gives way to a value, a question why, a wish for a person, and a stop', () => {
    expect(read('phone', '本来不想给的 13912345678')).toMatchObject({ kind: 'value', value: '+8613912345678' });
    expect(read('phone', '不想给，为什么一定要电话？')).toEqual({ kind: 'question', topic: 'why_needed' });
    expect(read('phone', '不给 转人工')).toEqual({ kind: 'agent' });
    expect(read('phone', '不告诉你 不修了')).toEqual({ kind: 'cancel' });
  });
  it('is no refusal where nothing is refused', () => {
    expect(read('phone', 'no 5 is the last digit')).not.toMatchObject({ reason: 'refused' });
    expect(read('phone', '不知道自己号码')).not.toMatchObject({ reason: 'refused' });
  });
});
