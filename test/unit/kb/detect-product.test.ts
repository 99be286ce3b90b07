import { describe, expect, it } from 'vitest';
import { detectProduct, productsNamed } from '../../../src/kb/detect-product.js';

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
    // No phone article covers Wi-Fi: a phone that cannot get online is the network's victim.
    ['手机连不上wifi', 'router'],
    ['手机上显示连上了无线网，可是微信发不出去', 'router'],
    // "之前都很正常" tells how the subject was before the fault; it does not set the robot vacuum aside.
    ['我家的扫地机器人之前都很正常，最近老卡在椅子脚之间，手机App上地图也乱了', 'robot-vacuum'],
    ['我那油烟机倒是好使，就是灶打火打不着', 'gas-stove'],
    // Names typed by sound (any reading, loose nasals), in pinyin, misspelled or in Taiwanese usage.
    ['空掉一开就跳闸', 'air-conditioner'],
    ['打应机卡纸了', 'printer'],
    ['bingxiang bu zhileng le', 'refrigerator'],
    ['robot vaccum wont go back to its dock', 'robot-vacuum'],
    ['筆電插著電源也充不進去', 'laptop'],
    ['I washed the dishes by hand', undefined],
    ['X20 Pro 充不进电', 'phone-tablet'],
  ])('%s → %s', (text, line: string | undefined) => {
    expect(detectProduct(text)).toBe(line);
  });

  it.each(['保修多久', '我要投诉', 'I want my invoice', 'the machine is broken'])('names no product in %s', (text) => {
    expect(detectProduct(text)).toBeUndefined();
  });

  it('lists every line a story names, the subject first, and leaves out the ones said to work', () => {
    const story = '电视和洗碗机都是官网买的，一直挺好。这两天微波炉门没关好它也在转，微波炉灯也亮着';
    expect(productsNamed(story).map((n) => n.line)).toEqual(['microwave-oven', 'tv', 'dishwasher']);
    expect(productsNamed('the fridge and TV are fine, but the washer leaks').map((n) => n.line)).toEqual(['washing-machine']);
  });
});
