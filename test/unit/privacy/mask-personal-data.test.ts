import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/mask-personal-data.js';

describe('maskPersonalData', () => {
  it.each([
    ['我叫张伟，电话13800138000，洗衣机不排水', '我叫[name]，电话[phone]，洗衣机不排水'],
    ['王女士的热水器显示E3', '[name]女士的热水器显示E3'],
    ['联系 010-62345678 或者 a.b@example.com', '联系 [phone] 或者 [email]'],
    ['my name is Jane Doe, call +44 20 7946 0958', 'my name is [name], call [phone]'],
    ['I live at 12 Baker Street, the router drops', 'I live at [address], the router drops'],
    ['I am having trouble with my router', 'I am having trouble with my router'],
    ['洗衣机报E21，型号XQG100-14', '洗衣机报E21，型号XQG100-14'],
  ])('%s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('masks a Chinese street address through the house number', () => {
    const masked = maskPersonalData('我住在上海市浦东新区世纪大道100号8楼，冰箱不制冷');
    expect(masked).not.toMatch(/世纪大道|100号/);
    expect(masked).toContain('冰箱不制冷');
  });
});
