import { describe, expect, it } from 'vitest';
import { detectProduct } from '../../../src/kb/detect-product.js';

describe('detectProduct', () => {
  it.each([
    ['滚筒不排水', 'washing-machine'],
    ['波轮的盖子打不开', 'washing-machine'],
    ['XQG100-D3 报 E21', 'washing-machine'],
    ['洗衣几漏水', 'washing-machine'],
    ['BCD-520W 不制冷', 'refrigerator'],
    ['冰箱冷冻室结霜', 'refrigerator'],
    ['KFR-35GW 外机不转', 'air-conditioner'],
    ['空调遥控器没反应', 'air-conditioner'],
    ['the AC is blowing warm air', 'air-conditioner'],
    ['热水器不出热水', 'water-heater'],
    ['JSQ24 打不着火', 'water-heater'],
    ['油烟机吸力小', 'range-hood'],
    ['CXW-200 滴油', 'range-hood'],
    ['55U7 黑屏有声音', 'tv'],
    ['my TV has no signal', 'tv'],
    ['路由器老掉线', 'router'],
    ['wifi总是断', 'router'],
    ['打印机连不上wifi', 'printer'],
    ['电视连不上wifi', 'tv'],
    ['手机充不进电', 'phone-tablet'],
    ['my tablet is slow', 'phone-tablet'],
    ['冰箱坏了，空调也有点问题', 'refrigerator'],
    ['手机怎么连打印机', 'printer'],
    ['换了路由器以后打印机就离线了', 'printer'],
    ["can't print over wifi anymore", 'printer'],
    ['手机连不上路由器', 'router'],
    ['手机投屏到电视没反应', 'tv'],
    ['手机连不上wifi', 'phone-tablet'],
    ['X20 Pro 充不进电', 'phone-tablet'],
  ])('%s → %s', (text, line) => {
    expect(detectProduct(text)).toBe(line);
  });

  it.each(['保修多久', '我要投诉', 'I want my invoice', 'the machine is broken'])('names no product in %s', (text) => {
    expect(detectProduct(text)).toBeUndefined();
  });
});
