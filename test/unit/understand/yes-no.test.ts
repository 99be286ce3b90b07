import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

const kindAt = (prompt: PromptType, text: string) => understand(text, { prompt, today: '2026-11-18' }).kind;

/**
 * How people say yes and no, by construction rather than by corpus item: none of these replies is in
 * the NLU batches. Each row is read at the quote and at the extra offer.
 */
const YES = [
  // Mainland particles and reduplication.
  '好', '好的', '好滴', '好嘞', '好哒', '好呀', '好吧', '好好好', '行', '行吧', '行行行', '行嘞', '成', '成吧', '得嘞', '妥', '妥了',
  '可以', '可以的', '可以呀', '阔以', '可以可以', '嗯', '嗯嗯', '嗯呢', '恩恩', '对', '是的', '要要要', '中', '中中中', '中嘞', '管',
  '得行', '要得', '要的', '可以噻', '没得问题', '没毛病', '安排', '安排上', '整吧', '来吧', '修吧', '那就修吧', '同意', '接受', '认了',
  '好的呢', '嗯 可以', 'ok的', 'OK啊', '欧克', '好der', '行 来吧',
  // Reluctant yes.
  '那好吧', '行吧行吧', '也只能这样了', '没办法 那就修吧', '算了 修吧', '那就这样吧',
  // Cantonese and Taiwanese.
  '係呀', '係', '好啊', '得', '得呀', '冇問題', '可以呀', 'OK啦', '好啦', '都得', '係嘅', '好的喔', '好喔', '可以喔', '沒問題', '好哦', '好啊 麻煩你了',
  // Negation scope: a negated negative agrees.
  '不是不行', '也不是不可以', '没说不要', '不反对', '不介意', '没意见', '不要紧', '无所谓 你们来吧',
  // A yes followed by a question is still a yes.
  '可以，那多久能来？', '好的 师傅要带什么吗', '行 那费用怎么付', 'yes, when can they come?', 'ok sure, how long will it take?',
  // English, casual and misspelt.
  'yes', 'yeah', 'yep', 'yup', 'ya', 'yeh', 'yea', 'yess', 'yse', 'sure', 'sure thing', 'for sure', 'ok', 'okay', 'k', 'kk', 'okey dokey',
  'alright', 'aight', 'fine', 'fine by me', 'sounds good', 'go ahead', 'go for it', "let's do it", 'please do', 'absolutely', 'of course',
  'ofc', 'definitely', 'definately', 'yes please', 'yes pls', 'yeah sure', 'why not', 'no problem', 'no worries', 'np', "that's fine",
  "that's ok", 'works for me', 'deal', "i'm in", 'happy to', 'go on then', 'lovely', 'brilliant', 'too right', 'nah yeah', 'i reckon so',
  '派师傅来吧', '先检测看看吧', 'just send someone', 'come and have a look', 'add it', '来两个', '也顺便洗一下吧', 'up to you', '随便', '听你的', 'righto', 'sweet as', 'no dramas', 'you bet', "i'd like that", "that'd be great", 'i suppose so', 'ok then', 'alright then', 'yes mate', 'shure', 'okie', 'yup go ahead', "i don't see why not",
] as const;

const NO = [
  '不', '不用', '不用了', '不了', '不要', '不要了', '不需要', '不必了', '免了', '不行', '不可以', '不接受', '不同意', '拒绝', '没兴趣',
  '暂时不用', '暂时不需要', '先不用', '先不了', '下次吧', '下次再说', '改天吧', '以后再说吧', '不考虑', '用不着', '甭了', '别了',
  '不划算', '太贵了', '有点贵 算了', '不用麻烦了', '谢谢 不用', '不用不用', '不不不', '不要不要', '没必要', '莫得必要', '嫑', '嫑了',
  '不得行', '要不得', '不中', '不成', '还是算了', '不用啦', '不要喔', '不用欸', '不需要欸', '不用了谢谢你', '不想要',
  '唔使', '唔使喇', '唔洗', '唔要', '唔得', '唔好喇', '唔使喇 唔該', '唔需要', '算啦', '唔想要',
  'no', 'nope', 'nah', 'na', 'noo', 'no thanks', 'no thank you', 'no ta', 'no ty', 'not for me', 'not interested', 'not now',
  'not today', 'not at the moment', 'not right now', "i'll pass", "i'm good", "i'm ok thanks", "i'm all good thanks", 'not necessary',
  'no need', "don't need it", "i don't want it", "i'd rather not", 'no way', 'nah mate', 'yeah nah', 'not bothered', "i'll give it a miss",
  "i'll leave it", 'thanks but no thanks', 'not this time', "i don't think so", 'probably not', 'too expensive', 'too pricey', 'nop', "i won't bother", "i'm alright thanks", 'maybe next time lah', '用不上', '我自己会换', "i'll do it myself",
] as const;

describe('yes/no: the general forms', () => {
  for (const prompt of ['quote_accept', 'upsell'] as const) {
    it.each(YES)(`${prompt}: yes — %s`, (text) => { expect(kindAt(prompt, text)).toBe('yes'); });
    it.each(NO)(`${prompt}: no — %s`, (text) => { expect(kindAt(prompt, text)).toBe('no'); });
  }
});

describe('yes/no: hedges, questions and asides', () => {
  it.each([
    ['我考虑一下', 'partial'], ['等我想想', 'partial'], ['我问问我老婆再说', 'partial'], ['晚点答复你', 'partial'],
    ['let me check with my wife', 'partial'], ["i'll think about it", 'partial'], ['let me get back to you', 'partial'],
    ['可以分期吗？', 'question'], ['可以刷卡吗', 'question'], ['是不是修好了才收钱', 'question'], ['要多少钱', 'question'],
    ['does it include parts?', 'question'], ['is that per visit?', 'question'],
    ['没问题吗？', 'question'],
  ] as const)('quote_accept: %s → %s', (text, kind) => { expect(kindAt('quote_accept', text)).toBe(kind); });
});

describe('yes/no: chat forms, sarcasm about the price, hesitation, half-sent replies (written for these tests)', () => {
  it.each([
    ['bet', 'yes'], ['say less', 'yes'], ['no wahala, send am', 'yes'], ['换', 'yes'], ['整一套', 'yes'],
    ['99？咋不去抢', 'no'], ['这不是坑人吗 不要', 'no'],
    ['我想一下', 'partial'], ['make i check with my wife', 'partial'], ['嗯...', 'partial'], ['??', 'partial'],
    ['好的\n啊等下 不要了', 'no'], ['不用\n哦等下 要多少钱', 'question'],
  ] as const)('%s → %s', (text, kind) => {
    expect(kindAt('upsell', text)).toBe(kind);
  });
  it('a second line that does not take the first back changes nothing; field prompts keep every line', () => {
    expect(kindAt('quote_accept', '可以\n谢谢')).toBe('yes');
    expect(understand('2\n啊不是 1', { prompt: 'slot_choice', today: '2026-11-18', options: ['a', 'b', 'c'] })).toEqual({ kind: 'choice', index: 0 });
  });
});
