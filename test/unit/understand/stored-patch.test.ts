import { describe, expect, it } from 'vitest';
import { patchStored } from '../../../src/understand/stored-patch.js';
import { understand } from '../../../src/understand/understand.js';

describe('a correction that names only the wrong part of a stored value', () => {
  it.each([
    ['沈阳市铁西区北二中路12号3单元502', '门牌号错了 不是502 是602', '沈阳市铁西区北二中路12号3单元602'],
    ['Flat 12B, 1088 Yuyuan Rd, Changning, Shanghai', "The flat's 12D, not 12B.", 'Flat 12D, 1088 Yuyuan Rd, Changning, Shanghai'],
    ['Flat 15A, Block 3, Taikoo Shing', 'The flat is 15A, Block 8, not Block 3.', 'Flat 15A, Block 8, Taikoo Shing'],
    ['香港九龍觀塘協和街101號8樓C室', '地址是8楼D室呀 不是C', '香港九龍觀塘協和街101號8樓D室'],
    ['刘小雯', '那个名字是晓雯 破晓的晓 不是小', '刘晓雯'],
    ['照先生', '名字写错了 我姓赵 走肖赵 不是照相的照', '赵先生'],
  ])('%s + "%s"', (stored, said, patched) => {
    expect(patchStored(stored, said)).toBe(patched);
  });

  it('gives nothing when the rejected part is not in the stored value once, or the new part cannot be told', () => {
    expect(patchStored('3栋3单元302', '不是3 是4')).toBeUndefined();
    expect(patchStored('Apt 1502', 'not 1205, it is 1502')).toBeUndefined();
    expect(patchStored('Apt 1205', 'not 1205')).toBeUndefined();
  });

  it('at the summary the stored values decide the field and the new value', () => {
    const context = { prompt: 'summary_confirm' as const, today: '2026-08-27', stored: { phone: '+8613802234567', visit_time: '2026-08-28 afternoon', address: '成都市成华区建设北路二段7号3栋1单元1230' } };
    expect(understand('電話錯咗 尾數係4576 唔係4567', context)).toMatchObject({ kind: 'correction', field: 'phone', value: { value: '+8613802234576' } });
    expect(understand('下午莫得空 上午嘛', context)).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-08-28 morning' } });
    expect(understand('是1203 不是1230', context)).toMatchObject({ kind: 'correction', field: 'address', value: { value: '成都市成华区建设北路二段7号3栋1单元1203' } });
    // A morning ruled out of a morning visit asks for the new time rather than keeping the old one.
    expect(understand('下午不行', context)).not.toMatchObject({ value: { value: '2026-08-28 afternoon' } });
  });
});

describe('a part rejected next to an emoji, a number a digit longer (written for these tests)', () => {
  it.each([
    ['深圳市南山区科苑路15号', '是科苑路51号不是15号😅', '深圳市南山区科苑路51号'],
    ['杭州市西湖区文三路9号302', '是文三路19号，不是9号，302没错', '杭州市西湖区文三路19号302'],
  ])('%s + %s', (stored, said, expected) => {
    expect(patchStored(stored, said)).toBe(expected);
  });
});
