import { describe, expect, it } from 'vitest';
import { detectCorrection, readField, regionOf } from '../../../dialogs/intake-fields.js';
import { matchChoice } from '../../../dialogs/choices.js';
import { readRating } from '../../../dialogs/survey-dialog.js';

describe('detectCorrection', () => {
  it.each([
    ['电话错了，是13800001111', false, { field: 'phone', rest: '13800001111' }],
    ['地址写错了，应该是上海市徐汇区漕溪北路100号', false, { field: 'address', rest: '上海市徐汇区漕溪北路100号' }],
    ['phone is wrong, it is 13800001111', false, { field: 'phone', rest: '13800001111' }],
    ['change the address to 12 Nanjing Road, Shanghai', false, { field: 'address', rest: '12 Nanjing Road, Shanghai' }],
    ['型号改成XQG80', false, { field: 'model', rest: 'XQG80' }],
    ['电话', true, { field: 'phone', rest: '' }],
    ['电话', false, undefined],
    ['13912345678', false, undefined],
  ])('%s (reviewing: %s) → %o', (text, force, correction) => { expect(detectCorrection(text, force)).toEqual(correction); });

  it('reads the new value out of a correction that still carries its verb', () => {
    expect(readField('address', '改成上海市徐汇区漕溪北路100号', '2026-11-20')).toEqual({ ok: true, value: '上海市徐汇区漕溪北路100号' });
    expect(readField('phone', 'it is 13800001111', '2026-11-20')).toEqual({ ok: true, value: '13800001111' });
  });
});

describe('regionOf', () => {
  it.each([
    ['上海市浦东新区张江路88号', '上海'], ['北京朝阳区建国路1号', '北京'], ['广东省深圳市南山区科技园', '深圳'],
    ['88 Zhangjiang Road, Pudong, Shanghai', 'shanghai'],
  ])('%s → %s', (address, region) => { expect(regionOf(address)).toBe(region); });
});

describe('matchChoice', () => {
  const options = [{ value: 'fixed', title: 'Fixed' }, { value: 'not-fixed', title: 'Still not working' }, { value: 'repair', title: 'Book a repair' }];
  const zh = [{ value: 'yes', title: '好的，了解一下' }, { value: 'no', title: '不用了，谢谢' }];
  it.each([
    ['2', 'not-fixed'], ['3.', 'repair'], ['fixed', 'fixed'], ['still not working', 'not-fixed'], ['repair', 'repair'],
    ['ok', undefined], ['9', undefined], ['hello', undefined],
  ])('%s → %s', (reply, value) => { expect(matchChoice(reply, options)?.value).toBe(value); });
  it.each([['第二个', 'no'], ['不用了', 'no'], ['了解一下', 'yes'], ['嗯', undefined]])('%s → %s', (reply, value) => {
    expect(matchChoice(reply, zh)?.value).toBe(value);
  });
});

describe('readRating', () => {
  it.each([['5', 5], ['4分', 4], ['三星', 3], ['⭐⭐', 2], ['5/5', 5], ['1 star', 1], ['6', undefined], ['很好', undefined], ['', undefined]])(
    '%s → %s', (text, rating) => { expect(readRating(text)).toBe(rating); },
  );
});
