import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const read = (text: string) => understand(text, { prompt: 'address', today: '2026-11-18' });
const address = (text: string) => { const r = read(text); return r.kind === 'value' ? r.value : r.kind; };

describe('address: filler around it', () => {
  it('words up to a colon that name the address are dropped', () => {
    expect(address('我家住址：杭州市西湖区文三路90号5幢302')).toBe('杭州市西湖区文三路90号5幢302');
    expect(address('Please deliver to my office: 88 Queen Street, Brisbane QLD 4000')).toBe('88 Queen Street, Brisbane QLD 4000');
  });
  it('instructions, particles and directions around a Chinese address are not part of it', () => {
    expect(address('就写武汉市洪山区珞喻路129号2栋501吧')).toBe('武汉市洪山区珞喻路129号2栋501');
    expect(address('安徽省阜阳市临泉县杨桥镇李庄村五组 进村第一个路口往西拐')).toBe('安徽省阜阳市临泉县杨桥镇李庄村五组');
    expect(address('长沙市岳麓区麓山南路 8号 美的花园2栋301')).toBe('长沙市岳麓区麓山南路 8号 美的花园2栋301');
  });
  it('English filler before, asides and "po" after', () => {
    expect(address("ok so it's 5 King Road, Richmond VIC 3121")).toBe('5 King Road, Richmond VIC 3121');
    expect(address('Flat 2, 10 Park Lane, London W1K 1AA (it is above the shop)')).toBe('Flat 2, 10 Park Lane, London W1K 1AA');
    expect(address('Unit 5A, 20 Ayala Ave, Makati po')).toBe('Unit 5A, 20 Ayala Ave, Makati');
  });
  it('a city in English with the street in Chinese', () => {
    expect(address('Wuhan, Hongshan, 珞喻路129号3栋')).toBe('Wuhan, Hongshan, 珞喻路129号3栋');
  });
  it('home, a shared location, a repeat of last time: asked; a lone number or word: no place', () => {
    for (const text of ['家里', '[位置]', '跟上几次一样', '路环那边']) expect(read(text).kind, text).toBe('partial');
    expect(read('4567').kind).toBe('invalid');
    expect(read('qwerty').kind).toBe('invalid');
  });
});
