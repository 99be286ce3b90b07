import { describe, expect, it } from 'vitest';
import { readVariantAnswer, readVariants } from '../../../src/understand/variant.js';

describe('readVariants: the kind named anywhere in the conversation', () => {
  it.each([
    ['滚筒洗衣机不排水', 'washing-machine', 'front-loader'],
    ['我家滾筒洗衣機唔排水', 'washing-machine', 'front-loader'],
    ['波輪洗衣機甩唔乾', 'washing-machine', 'top-loader'],
    ['my front-loading washer won\'t drain', 'washing-machine', 'front-loader'],
    ['the top loader keeps stopping mid spin', 'washing-machine', 'top-loader'],
    ['washer won\'t drain, it\'s the kind you open from the top', 'washing-machine', 'top-loader'],
    ['不是滚筒，是波轮的', 'washing-machine', 'top-loader'],
    ['it\'s not a front loader, it\'s a top loader', 'washing-machine', 'top-loader'],
    ['燃气热水器水温忽冷忽热', 'water-heater', 'gas'],
    ['熱水器唔夠熱，係煤氣嘅', 'water-heater', 'gas'],
    ['電熱水爐有異響', 'water-heater', 'electric'],
    ['my electric water heater makes a humming noise', 'water-heater', 'electric'],
    ['柜机开不了机', 'air-conditioner', 'floor-standing'],
    ['掛機滴水', 'air-conditioner', 'wall-mounted'],
    ['portable ac leaking water', 'air-conditioner', 'portable'],
  ])('%s → %s %s', (text, product, variant) => {
    expect(readVariants(text)).toEqual([{ product, variant }]);
  });

  it.each([
    '洗衣机上面漏水',
    '空调滴水滴到地上',
    'water on the floor under the AC',
    '热水器没电了',
    '燃气灶打不着火',
    'my laptop is slow',
    'gas smell in the kitchen',
  ])('reads no kind from "%s", whose words mean other things here', (text) => {
    expect(readVariants(text)).toEqual([]);
  });
});

describe('readVariantAnswer: the reply to "滚筒还是波轮？"', () => {
  it.each([
    ['滚筒', 'washing-machine', 'front-loader'],
    ['前面开门的', 'washing-machine', 'front-loader'],
    ['上面开盖那种', 'washing-machine', 'top-loader'],
    ['the top one', 'washing-machine', 'top-loader'],
    ['front', 'washing-machine', 'front-loader'],
    ['电的', 'water-heater', 'electric'],
    ['电', 'water-heater', 'electric'],
    ['燃氣', 'water-heater', 'gas'],
    ['gas', 'water-heater', 'gas'],
    ['立式的', 'air-conditioner', 'floor-standing'],
    ['挂墙上的', 'air-conditioner', 'wall-mounted'],
    ['不确定', 'washing-machine', 'unsure'],
    ['不知道啊', 'water-heater', 'unsure'],
    ['not sure', 'air-conditioner', 'unsure'],
  ] as const)('%s (%s) → %s', (reply, product, answer) => {
    expect(readVariantAnswer(reply, product)).toBe(answer);
  });

  it('reads nothing from a reply about something else', () => {
    expect(readVariantAnswer('还在漏水', 'washing-machine')).toBeUndefined();
  });
});
