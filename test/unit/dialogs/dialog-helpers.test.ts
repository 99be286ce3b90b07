import { describe, expect, it } from 'vitest';
import { readField, regionOf } from '../../../dialogs/intake-fields.js';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';
import { matchChoice } from '../../../dialogs/choices.js';
import { readRating } from '../../../dialogs/survey-dialog.js';

describe('corrections (read by the understanding layer)', () => {
  const at = (text: string, prompt: PromptType = 'model') => understand(text, { prompt, today: '2026-11-20' });
  it.each([
    ['电话错了，是13800001111', { kind: 'correction', field: 'phone', value: { kind: 'value', field: 'phone', value: '+8613800001111' } }],
    ['地址写错了，应该是上海市徐汇区漕溪北路100号', { kind: 'correction', field: 'address', value: { kind: 'value', field: 'address', value: '上海市徐汇区漕溪北路100号' } }],
    ['phone is wrong, it is 13800001111', { kind: 'correction', field: 'phone', value: { kind: 'value', field: 'phone', value: '+8613800001111' } }],
    ['change the address to 12 Nanjing Road, Shanghai', { kind: 'correction', field: 'address', value: { kind: 'value', field: 'address', value: '12 Nanjing Road, Shanghai' } }],
  ])('%s → %o', (text, reading) => { expect(at(text)).toEqual(reading); });

  it('needs a correction word outside the summary, not there', () => {
    expect(at('电话').kind).not.toBe('correction');
    expect(at('电话改成13800001111', 'summary_confirm')).toMatchObject({ kind: 'correction', field: 'phone' });
    expect(at('13912345678', 'name').kind).not.toBe('correction');
  });

  it('reads the new value out of a correction that still carries its verb', () => {
    expect(readField('address', '改成上海市徐汇区漕溪北路100号', { today: '2026-11-20' })).toEqual({ kind: 'ok', value: '上海市徐汇区漕溪北路100号' });
    expect(readField('phone', 'it is 13800001111', { today: '2026-11-20' })).toEqual({ kind: 'ok', value: '+8613800001111' });
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
