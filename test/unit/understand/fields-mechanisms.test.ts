import { describe, expect, it } from 'vitest';
import { readAddress } from '../../../src/understand/address.js';
import { readModel } from '../../../src/understand/model.js';
import { readName } from '../../../src/understand/name.js';
import { readPhone } from '../../../src/understand/phone.js';
import { readPurchaseDate } from '../../../src/understand/purchase-date.js';
import type { Reading } from '../../../src/understand/reading.js';

/**
 * One case per mechanism of this round's address, phone and name readers, written for this test (not
 * taken from the NLU batches).
 */
const value = (r: Reading | undefined) => (r?.kind === 'value' ? r.value : r?.kind);

describe('address mechanisms', () => {
  it.each([
    ['成都市武侯区科华北路66号2栋😊🙏', '成都市武侯区科华北路66号2栋'],
    ['修我妈那套：南京市鼓楼区中山北路12号3单元501', '南京市鼓楼区中山北路12号3单元501'],
    ['杭州市西湖区文一路88号5幢302师傅到了打电话', '杭州市西湖区文一路88号5幢302'],
    ['济南市历城区中山路9号2楼，楼下是个药店', '济南市历城区中山路9号2楼'],
    ['山东省临沂市沂水县许家湖镇李家庄村 村西头第二家', '山东省临沂市沂水县许家湖镇李家庄村 村西头第二家'],
    ['河北省邢台市宁晋县凤凰镇前进村 进村第三家', '河北省邢台市宁晋县凤凰镇前进村 进村第三家'],
    ['安徽省阜阳市临泉县城关镇张村五组 进村第二个路口往东拐', '安徽省阜阳市临泉县城关镇张村五组'],
    ['at home: 12 Queen Street, Sheffield', '12 Queen Street, Sheffield'],
    ['7 Park Road, Shanghai (unit 2, room 301)', '7 Park Road, Shanghai'],
    ['flat 5, 20 Kings Road, London po. the guard knows me', 'flat 5, 20 Kings Road, London'],
    ['Flat 3, 8 Tai Po Road, Kowloon', 'Flat 3, 8 Tai Po Road, Kowloon'],
  ])('%s → %s', (text, expected) => expect(value(readAddress(text))).toBe(expected));
  it.each(['楼下', '门口', 'at home', 'chez moi', "at ma'am house"])('%s names no place', (text) => expect(readAddress(text)?.kind).toBe('invalid'));
  // Mainland places in pinyin (from pinyin-pro), however the syllables are joined.
  it.each(['Shenyang, Heping', "Xi'an, near the bell tower", 'Hai Dian'])('%s names a place, not yet an address', (text) => expect(readAddress(text)?.kind).toBe('partial'));
  it('a street address with a district in pinyin is a value', () => expect(value(readAddress('Apt 1203, 66 Kehua Rd, Wuhou, Chengdu'))).toBe('Apt 1203, 66 Kehua Rd, Wuhou, Chengdu'));
});

describe('phone mechanisms', () => {
  it.each([
    ['幺三八，零零一二，三四五六', '+8613800123456'],
    ['my Dutch number: 06-12345678', '+31612345678'],
  ])('%s → %s', (text, expected) => expect(value(readPhone(text))).toBe(expected));
  it.each(['尾号6612', '后四位 0931', 'last 4 digits are 2210', 'it ends in 443'])('%s is the end of a number only', (text) => expect(readPhone(text)?.kind).toBe('partial'));
});

describe('name mechanisms', () => {
  it.each([
    ['租客小王', '小王'], ['找保安李哥就行', '李哥'], ['到了问店里的张姐', '张姐'], ['租客叫周晓梅，麻烦直接找她', '周晓梅'],
    ['林志明，叫我明叔就得', '明叔'], ['王建国 不对 打错了 王建军', '王建军'],
    ['Zoë', 'Zoë'], ['Please ask for my husband, Kenji', 'Kenji'], ["just tell him it's for José in 1203", 'José'],
    ["sir Mark Reyes po", 'Mark Reyes'], ['Lee Anna, surname first. So Anna Lee', 'Anna Lee'],
  ])('%s → %s', (text, expected) => expect(value(readName(text))).toBe(expected));
  it("I'm Kate's brother, I'll be there reads no contraction as a name", () => expect(value(readName("I'm Kate's brother, I'll be there"))).not.toBe("I'll"));
});

describe('purchase date mechanisms', () => {
  it.each([
    ['bought it 07/2023', '2023-07'], ['11-2024 from the mall', '2024-11'], ['2.2025', '2025-02'],
    // Day and month both 12 or under: which is which depends on the writer's country, so it is asked.
    ['06/04/2025', 'partial'], ['13/2025', 'invalid'],
  ])('%s → %s', (text, expected) => expect(value(readPurchaseDate(text, '2026-11-18'))).toBe(expected));
});

describe('model mechanisms', () => {
  it.each([
    ['型号是XQG一百杠十二', 'XQG100-12'], ['BCD2一0588', 'BCD2-0588'],
    ['the sticker got ripped off when we moved', 'dont_know'], ['铭牌早撕了', 'dont_know'], ['我咋知道 问我干啥', 'dont_know'],
    ["haven't got the foggiest idea", 'dont_know'],
  ])('%s → %s', (text, expected) => expect(value(readModel(text))).toBe(expected));
});
