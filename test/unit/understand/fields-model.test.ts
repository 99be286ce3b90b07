import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const read = (text: string) => understand(text, { prompt: 'model', today: '2026-11-18' });
const value = (text: string) => { const r = read(text); return r.kind === 'value' ? r.value : r.kind; };

describe('model: classes of replies', () => {
  it('a brand said with a description or a rating is a start, asked', () => {
    for (const text of ['美的的 三门冰箱', '西门子 8公斤滚筒', "it's an LG, the 9kg one", 'no idea, some Bosch thing']) expect(read(text).kind, text).toBe('partial');
  });
  it('ratings are not models', () => {
    expect(read('230V 50Hz 2000W').kind).toBe('invalid');
    expect(read('5901234123457').kind).toBe('invalid');
  });
  it('the model after the customer corrects it', () => {
    expect(value('EG80-B12 不对 是EG80-B21')).toBe('EG80-B21');
  });
  it('dashes typed with spaces, said as 一, and brackets inside', () => {
    expect(value('ws90 -T16')).toBe('WS90-T16');
    expect(value('EG80一B12')).toBe('EG80-B12');
    expect(value('KFR-26GW/(26570)NhAa-3')).toBe('KFR-26GW/(26570)NHAA-3');
  });
  it('label prefixes and production fields are not the model', () => {
    expect(value('MTM 20XWCTO1WW')).toBe('20XWCTO1WW');
    expect(value('E-Nr. WM14N190  FD 9912')).toBe('WM14N190');
  });
  it('an ellipsis is a pause unless it trails the model', () => {
    expect(value('wait… ok it is HR-500X')).toBe('HR-500X');
    expect(read('HR-50...').kind).toBe('partial');
    expect(read('looks like HR-500X but the X could be a K, hard to read').kind).toBe('partial');
  });
  it('dialect ways of not knowing', () => {
    for (const text of ['看勿到 勿晓得', '冇知啊', 'bu zhi dao', '我不识字母', '箱子早扔了']) expect(read(text).kind, text).toBe('dont_know');
  });
  it('a model typed in groups is the whole model, not its longest group', () => {
    expect(value('thinkpad t14 g4')).toBe('THINKPAD T14 G4');
    expect(value('EW8 F1048')).toBe('EW8 F1048');
    expect(value('model: "inspiron 15 3520"')).toBe('INSPIRON 15 3520');
    expect(value('Model number is LX3000B')).toBe('LX3000B');
    expect(value('about 30 40')).not.toMatch(/ABOUT/);
  });
});

