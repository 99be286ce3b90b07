import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/kb/classify-message.js';
import { detectProduct } from '../../../src/kb/detect-product.js';
import { parseEvalSet } from '../../../src/kb/evaluate.js';
import { foldChinese } from '../../../src/kb/fold-chinese.js';
import { namesOtherProduct } from '../../../src/kb/out-of-scope.js';
import { PinyinCorrector } from '../../../src/kb/pinyin-corrector.js';
import { policyIntents } from '../../../src/kb/policy-intents.js';
import { editDistance, SpellingCorrector } from '../../../src/kb/spelling-corrector.js';
import { createTokenizer } from '../../../src/kb/tokenizer.js';

describe('foldChinese', () => {
  it.each([
    ['洗衣機漏水了', '洗衣机漏水了'],
    ['部雪櫃唔凍喇', '部冰箱不冷了'],
    ['點解冷氣機唔出風', '为什么空调不出风'],
    ['电视喇叭没声音', '电视喇叭没声音'],
    ['洗衫機唔去水', '洗衣机不排水'],
    ['瓦斯爐打不起火', '燃气灶打不起火'],
  ])('%s → %s', (input, output) => { expect(foldChinese(input)).toBe(output); });
});

describe('PinyinCorrector', () => {
  const tokenizer = createTokenizer('jieba');
  const corrector = new PinyinCorrector(['路由器', '冰箱', '手机', '保修'], new Set(['冰箱', '保修']), tokenizer.dictionaryWords!, new Set(['手机']));
  it.each([
    ['路游器连不上网', '路由器连不上网'],
    ['还在保休不', '还在保修不'],
    ['我这手记早上充满了', '我这手机早上充满了'],
    ['空调有风但是不冷', '空调有风但是不冷'],
  ])('%s → %s', (input, output) => { expect(corrector.correct(input)).toBe(output); });
});

describe('SpellingCorrector', () => {
  const corrector = new SpellingCorrector(new Map([['warranty', 3], ['received', 2], ['cold', 5], ['store', 1]]));
  it('corrects misspellings against the base vocabulary and leaves real words alone', () => {
    expect(corrector.correct('is my warrenty valid, i recieved it')).toBe('is my warranty valid, i received it');
    expect(corrector.correct('black mold near the stove')).toBe('black mold near the stove');
  });
  it('counts an adjacent swap as one edit', () => { expect(editDistance('recieved', 'received', 2)).toBe(1); });
});

describe('what the message asks for', () => {
  it.each([
    ['过保了修一下多少钱', 'cost-out-of-warranty'],
    ['我想买个延保', 'extended-warranty'],
    ['刚买半个月就坏了我要换新的', 'return'],
    ['送来的油烟机玻璃碎了', 'delivery-damage'],
    ['报修三天了怎么还没人联系', 'ticket-status'],
    ['空调显示E1', 'error-code'],
    ['is my fridge still under warranty?', 'warranty-terms'],
    ['the technician was supposed to come at 2, nobody showed up', 'ticket-status'],
    ['师傅上周来修过，今天又坏了', 'repeat-fault'],
    ['i smell gas in the kitchen, stove is off', 'gas-smell'],
    ['厨房灶台旁边有股煤气味', 'gas-smell'],
  ])('%s → %s', (message, intent) => { expect(policyIntents(message).map((i) => i.name)).toContain(intent); });

  it.each([
    ['过保了修一下多少钱', 'warranty-terms'],
    ['delivery was supposed to be yesterday, nobody showed up', 'ticket-status'],
    ['又坏了', 'repeat-fault'],
  ])('%s does not ask for %s', (message, intent) => { expect(policyIntents(message).map((i) => i.name)).not.toContain(intent); });

  it.each([
    ['你是机器人吗', 'robot'], ['are you a bot?', 'robot'], ['tell me a joke', 'joke'], ['天气怎么样', 'weather'],
    ['can you translate this', 'outside-service'], ['洗衣机不排水', undefined],
    ['hi 你是 real person 吗', 'robot'], ['喂 有冇人呀', 'greeting'], ['你们是什么公司啊', 'outside-service'],
    ['can i still change the delivery address?', 'outside-service'],
  ])('classifies %s as %s', (message, kind) => { expect(classifyMessage(message)).toBe(kind); });

  it('notices products the maker does not sell', () => {
    expect(namesOtherProduct('the electric kettle stopped boiling')).toBe(true);
    expect(namesOtherProduct('洗衣机不排水')).toBe(false);
  });
});

describe('detectProduct in a long story', () => {
  it('prefers the device the story keeps returning to, and the router named with a network fault', () => {
    expect(detectProduct('电视也连不上，路由器晚上老断网，路由器重启也没用')).toBe('router');
    expect(detectProduct('洗衣機漏水了')).toBe('washing-machine');
    expect(detectProduct('冰箱坏了，空调也有点响')).toBe('refrigerator');
  });
});

describe('parseEvalSet', () => {
  it('reads the blind format and skips the _meta header', () => {
    const text = '{"_meta":{"split":"test","frozen":true}}\n{"id":"K1-1","batch":"K1","lang":"zh","text":"冰箱不制冷","expect":["fridge-not-cooling"],"tags":["casual"]}\n';
    expect(parseEvalSet(text)).toEqual([{ question: '冰箱不制冷', expected: ['fridge-not-cooling'], lang: 'zh', id: 'K1-1', tags: ['casual'] }]);
  });
});
