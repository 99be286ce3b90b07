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

describe('maskPersonalData: the gaps a review found (issue 17, item 9)', () => {
  it.each([
    ['full-width digits', '电话１３９１２３４５６７８，谢谢', '电话[phone]，谢谢'],
    ['dotted numbers', 'call 138.1234.5678 please', 'call [phone] please'],
    ['a mobile with spaces and dashes', '139 1234-5678', '[phone]'],
    ['a UK number written the local way', 'my mobile is 07911 123456', 'my mobile is [phone]'],
    ['我是 + a name', '我是张伟，冰箱不制冷', '我是[name]，冰箱不制冷'],
    ['联系人：', '联系人：李建国 电话没变', '联系人：[name] 电话没变'],
    ['住址：', '住址：朝阳区建国路88号 明天来', '住址：[address]'],
    ['an address without province or city', '送修地点是 望京西路 33号院 2号楼 501', '送修地点是 [address]'],
    ['a street address without any label', '在朝阳路88号3栋502，空调滴水', '[address]，空调滴水'],
    ['my name is, lower case', 'my name is mike and my fridge is warm', 'my name is [name] and my fridge is warm'],
    ['call me', 'call me Tom', 'call me [name]'],
    ['221B Baker Street', 'I am at 221B Baker Street, London', 'I am at [address], London'],
  ])('%s', (_case, input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['a ticket number', '我的工单 RT-20261123-0001 到哪了'],
    ['an ISO date and time', 'at 2026-11-23T10:00:00.000Z'],
    ['a model number', '型号 XQG100-D3 显示 E21'],
    ['我是 followed by a verb', '我是想问一下保修'],
    ['the bot asking for a name', '请问怎么称呼您？'],
  ])('keeps %s', (_case, input) => {
    expect(maskPersonalData(input)).toBe(input);
  });
});
