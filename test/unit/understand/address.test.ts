import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const address = (text: string) => understand(text, { prompt: 'address', today: '2026-11-18' });

/** Addresses by their parts, in the forms of Hong Kong, Taiwan, the mainland and English-speaking countries. */
describe('readAddress: parts', () => {
  it.each([
    '九龍旺角彌敦道688號旺角中心1期15樓1502室', '沙田第一城32座12樓H室', '廣州市番禺區 祈福新邨 碧湖居 18座 802', '新北市板橋區文化路一段188巷12號3樓',
    'Flat A, 12/F, Block 5, City One Shatin, NT', '12 Smith Street, Fitzroy VIC 3065', '1234 W Broadway, Vancouver, BC V6H 1G5',
    'Room 1203, 12/F, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui',
  ])('%s is a whole address', (text) => { expect(address(text)).toMatchObject({ kind: 'value', value: text }); });

  it.each([
    ['额屋在西安市未央区凤城八路88号 3栋1单元602', '西安市未央区凤城八路88号 3栋1单元602'],
    ['上海市浦东新区锦绣路2580弄 9号 1502 门禁按1502就行', '上海市浦东新区锦绣路2580弄 9号 1502'],
    ['上海市长宁区仙霞路99号 尚嘉中心 18F 🙏', '上海市长宁区仙霞路99号 尚嘉中心 18F'],
    ['12 Smith Street, Fitzroy VIC 3065 – the blue house', '12 Smith Street, Fitzroy VIC 3065'],
    ['my condo at 21 Jinqiao Rd, Pudong, Shanghai, unit 15-03', '21 Jinqiao Rd, Pudong, Shanghai, unit 15-03'],
  ])('%s → %s', (text, value) => { expect(address(text)).toMatchObject({ kind: 'value', value }); });

  it.each(['鼓楼区中山北路200号5栋302', '22 Victoria Road', 'Sha Tin', '跟上次一样', 'Tower 2, Wangjing SOHO'])('%s asks for the rest', (text) => {
    expect(address(text)).toMatchObject({ kind: 'partial' });
  });
});

/** Every mainland city and county, from GB/T 2260 (china-area-data), not just the large cities listed by hand. */
describe('readAddress: the mainland divisions', () => {
  it.each(['榆林', '晋中榆次', '邵东', '黔东南'])('%s names a place, so the rest is asked', (text) => {
    expect(address(text)).toMatchObject({ kind: 'partial' });
  });

  it.each([
    ['莆田荔城区拱辰街道梅峰路18号', '莆田荔城区拱辰街道梅峰路18号'],
    ['那个就是说额屋在忻州忻府区和平街一百零八号二号楼', '忻州忻府区和平街一百零八号二号楼'],
  ])('%s → %s', (text, value) => { expect(address(text)).toMatchObject({ kind: 'value', value }); });

  it.each(['和平', '新华书店门口', '家里'])('%s: an everyday word is no city', (text) => {
    expect(address(text)).not.toMatchObject({ kind: 'value' });
  });

  it('a city said in passing before the address does not start it', () => {
    const reading = understand('地址刚才漏了醴陵 是醴陵市瓷城大道二段108号', { prompt: 'purchase_date', today: '2026-11-18' });
    expect(reading).toMatchObject({ kind: 'correction', field: 'address', value: { value: '醴陵市瓷城大道二段108号' } });
  });
});

describe('readAddress: what comes before and after the address, and parts still to find out (replies written for these tests)', () => {
  it.each([
    ['杭州市西湖区文三路90号2幢501 楼梯房 没电梯', '杭州市西湖区文三路90号2幢501'],
    ['成都市武侯区科华北路62号3栋1204的', '成都市武侯区科华北路62号3栋1204'],
    ['要在家等吗 地址是南京市鼓楼区中山北路30号5栋802', '南京市鼓楼区中山北路30号5栋802'],
    ['is Flat 5, 18 Hengshan Road, Xuhui, Shanghai. near the consulate', 'Flat 5, 18 Hengshan Road, Xuhui, Shanghai'],
    ['Unit 8, 77 Huaihai Road, Shanghai, the guard will let you in', 'Unit 8, 77 Huaihai Road, Shanghai'],
    ['apt 12, 5 Dongfang Road, Pudong, Shanghai i think', 'apt 12, 5 Dongfang Road, Pudong, Shanghai'],
    ["My sister's place: Room 3, 20 Renmin Rd, Tianhe, Guangzhou", 'Room 3, 20 Renmin Rd, Tianhe, Guangzhou'],
  ])('%s → %s', (text, value) => { expect(address(text)).toMatchObject({ kind: 'value', value }); });

  it.each([
    '广州市天河区体育西路103号 几栋来着 我查一下',
    '长沙市岳麓区麓山南路2号 学生宿舍 房号我忘了',
    '我在厦门 思明区 具体地址我问下房东',
  ])('%s is known in part', (text) => { expect(address(text)).toMatchObject({ kind: 'partial' }); });
});

describe('a district found in one city only settles the city', () => {
  const read = (text: string) => understand(text, { prompt: 'address', today: '2026-11-18' });
  it('越秀区 is Guangzhou, 历下区 Jinan; 鼓楼区 (four cities) is still asked', () => {
    expect(read('天河区天河路385号太古汇2座1501')).toMatchObject({ kind: 'value', value: '天河区天河路385号太古汇2座1501' });
    expect(read('鼓楼区中山北路30号5栋201')).toMatchObject({ kind: 'partial' });
  });
  it('a word that only says whose address follows is no part of it', () => {
    expect(read('杭州 单位地址 文三路90号 东部软件园3号楼')).toMatchObject({ kind: 'value', value: '杭州 单位地址 文三路90号 东部软件园3号楼' });
  });
  it('the intake dispatches such an address to its city', async () => {
    const { regionOf } = await import('../../../dialogs/intake-fields.js');
    expect(regionOf('天河区天河路385号')).toBe('广州');
    expect(regionOf('鼓楼区中山北路30号')).not.toBe('南京');
  });
});
