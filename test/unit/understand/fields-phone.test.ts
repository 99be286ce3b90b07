import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const read = (text: string) => understand(text, { prompt: 'phone', today: '2026-11-18' });
const phone = (text: string) => { const r = read(text); return r.kind === 'value' ? r.value : r.kind; };

describe('phone: classes of replies', () => {
  it('Han digits typed inside a run of digits', () => {
    expect(phone('1五9 1234 56七8')).toBe('+8615912345678');
  });
  it('regions named in the reply: Macau, Nigeria', () => {
    expect(phone('2888 1234 澳门的')).toBe('+85328881234');
    expect(phone('0803 123 4567, my Nigeria line')).toBe('+2348031234567');
  });
  it('the number meant but not written is asked for', () => {
    for (const text of ['用这个号就行', '跟上次那个一样', 'same number as before', 'WhatsApp only please']) expect(read(text).kind, text).toBe('partial');
  });
  it('eleven digits read aloud in Han numerals are a mainland mobile, however grouped, and Han digits may lead a run of digits', () => {
    expect(phone('一五八 二四六 九七三 零一')).toBe('+8615824697301');
    expect(phone('一五八二四 697301')).toBe('+8615824697301');
    expect(phone('1 415 555 0132')).toBe('+14155550132');
  });
  it('asking whether the number is really needed asks why, in the ways it is asked', () => {
    for (const text of ['非得留手机号吗', '一定得给电话吗', '给个电话做么事', '为什么非要电话']) expect(read(text), text).toEqual({ kind: 'question', topic: 'why_needed' });
    expect(read('师傅上门前一定要先打电话吗')).toEqual({ kind: 'question', topic: 'other' });
  });
});
