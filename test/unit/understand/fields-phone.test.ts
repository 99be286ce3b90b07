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
});
