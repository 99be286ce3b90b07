import { describe, expect, it } from 'vitest';
import { asksForTechnician, detectInterruption, detectYesNo, findTicketNumber, isGreetingOnly, soundsAngry, soundsLikeRepeat } from '../../../src/bot/recognize.js';
import { detectLanguage } from '../../../src/bot/detect-language.js';

describe('detectInterruption', () => {
  it.each([
    ['转人工', 'agent'], ['I want to talk to a human', 'agent'], ['算了', 'cancel'], ['cancel', 'cancel'],
    ['重新开始', 'restart'], ['start over', 'restart'], ['我的工单到哪了', 'ticket-status'], ['RT-20261120-0001', 'ticket-status'],
    ['where is my repair', 'ticket-status'], ['洗衣机不排水', undefined], ['算了吧，还是修一下洗衣机', undefined],
  ])('%s → %s', (text, kind) => { expect(detectInterruption(text)).toBe(kind); });

  it('finds a ticket number in any case', () => { expect(findTicketNumber('查一下 rt-20261120-0042 谢谢')).toBe('RT-20261120-0042'); });
});

describe('detectYesNo', () => {
  it.each([
    ['好了', 'yes'], ['解决了', 'yes'], ['ok', 'yes'], ['yes', 'yes'], ['还是不行', 'no'], ['不行', 'no'], ['no', 'no'],
    ['still not working', 'no'], ['对了，冰箱也不制冷', undefined], ['by the way, my TV is broken', undefined], ['洗衣机', undefined],
  ])('%s → %s', (text, answer) => { expect(detectYesNo(text)).toBe(answer); });
});

describe('mood and intent', () => {
  it.each([['什么破服务', true], ['THIS IS USELESS', true], ['太差了！！', true], ['洗衣机不排水', false]])('angry: %s → %s', (text, angry) => {
    expect(soundsAngry(text)).toBe(angry);
  });
  it.each([['又坏了', true], ['第二次了', true], ['it broke again', true], ['不排水', false]])('repeat: %s → %s', (text, repeat) => {
    expect(soundsLikeRepeat(text)).toBe(repeat);
  });
  it.each([['你好', true], ['hello!', true], ['你好，洗衣机坏了', false]])('greeting only: %s → %s', (text, only) => {
    expect(isGreetingOnly(text)).toBe(only);
  });
  it.each([['要上门维修', true], ['send someone please', true], ['还是不行', false]])('asks for a technician: %s → %s', (text, asks) => {
    expect(asksForTechnician(text)).toBe(asks);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['洗衣机不排水', 'zh'], ['my router keeps dropping wifi', 'en'], ['XQG100洗衣机报E21', 'zh'], ['路由器wifi老是断', 'zh'],
    ['ok', 'en'], ['😡😡', undefined], ['13912345678', undefined],
  ])('%s → %s', (text, language) => { expect(detectLanguage(text)).toBe(language); });
});
