import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

/**
 * One case per mechanism of yes-no.ts / intents.ts, written for this test (not from the NLU batches):
 * a filler before more words, "就不" only before a verb of declining, opting out only with a future
 * marker, asking to be put through to a person in English, French "non merci", Cantonese "全部啱".
 */
const CASES: ReadonlyArray<[PromptType, string, string]> = [
  ['upsell', '嗯…我再想想吧', 'partial'], ['upsell', '嗯', 'yes'], ['summary_confirm', '嗯，好的', 'yes'],
  ['summary_confirm', '呃…有一项不太对', 'no'],
  ['quote_accept', '行 你们派人来吧 我家空调开着开着就不转了', 'yes'], ['quote_accept', '那就不修了', 'cancel'],
  ['upsell', '以后别再给我推销了', 'optout'], ['upsell', '别推销了', 'no'],
  ['upsell', 'No thanks, and no more promotions please', 'optout'], ['upsell', "Please don't send me any more offers", 'optout'],
  ['quote_accept', 'Could you put me through to a person first?', 'agent'],
  ['upsell', 'non merci', 'no'], ['quote_accept', 'Non, pas maintenant', 'no'], ['upsell', 'non-stop calls are annoying', 'unknown'],
  ['summary_confirm', '全部啱晒，唔該', 'yes'], ['summary_confirm', '全部啱', 'yes'],
  // Fields checked aloud one by one, none changed, is a yes; one of them changed is still a correction.
  ['summary_confirm', "Name's right, the phone is correct, address is fine. Go ahead.", 'yes'],
  ['summary_confirm', '名字没错，电话也没错，就这样吧', 'yes'],
  ['upsell', '我考虑下', 'partial'], ['upsell', '等修好了再考虑', 'partial'], ['quote_accept', 'wait i ask sir first', 'partial'], ['upsell', '我睇下先', 'partial'], ['summary_confirm', '名字没错，电话改成13912345678', 'correction'],
];

describe('reply mechanisms', () => {
  it.each(CASES)('%s: %s → %s', (prompt, text, expected) => {
    expect(understand(text, { prompt, today: '2026-11-18' }).kind).toBe(expected);
  });
});

describe('asking what a field is wanted for', () => {
  it.each([['name', '你要我名字做么子'], ['phone', '要我电话做咩啊'], ['model', '为啥还要填型号'], ['address', '要地址搞么子'],
    // Shanghainese, Henan and Tianjin forms; whether it matters at all; a privacy worry.
    ['phone', '手机号码侬要了做啥用场'], ['name', '恁问这弄啥嘞'], ['name', '为嘛还要留名字'], ['model', '这个一定要填吗'],
    ['purchase_date', '买的时间跟修有啥关系'], ['purchase_date', '问这个干嘛 保修卡早丢了'], ['purchase_date', '点解要知道几时买？保修卡都唔见咗'],
    ['address', '写这么细 不会泄露隐私吧'], ['phone', '号码会不会被拿去推销啊'],
    ['name', 'Why would the technician need my full name?'], ['purchase_date', "Why's that relevant? It broke in the first week"],
    ['purchase_date', 'Why do you need this? It is definitely under warranty']] as const)('%s: %s', (prompt, text) => {
    expect(understand(text, { prompt, today: '2026-11-18' })).toMatchObject({ kind: 'question', topic: 'why_needed' });
  });

  it.each([['upsell', '那个除垢剂有啥用'], ['rating', 'why do you need my rating?']] as const)('%s: %s asks about the thing itself', (prompt, text) => {
    expect(understand(text, { prompt, today: '2026-11-18' })).toMatchObject({ kind: 'question', topic: 'other' });
  });

  it('a charge disputed with 为什么要 still asks the warranty', () => {
    expect(understand('为什么要收钱 才买一年', { prompt: 'quote_accept', today: '2026-11-18' })).toMatchObject({ kind: 'question', topic: 'warranty' });
  });
});

describe('this round: two marks, weeks ago, a choice said plainly, meaning asked, a refusal on a condition (replies written for these tests)', () => {
  const at = (prompt: PromptType, text: string, options?: string[]) => understand(text, { prompt, today: '2026-11-18', ...(options && { options }) });
  const SLOTS = ['Fri 20 Nov afternoon', 'Mon 23 Nov morning', 'Tue 24 Nov morning'];
  it.each([
    ['rating', '4或者5吧', 'partial'], ['rating', '4还是5', 'partial'], ['rating', '仨', 'rating'],
    ['purchase_date', 'a couple of weeks back', 'value'], ['purchase_date', 'half year ago', 'value'],
    ['purchase_date', "Sorry, couldn't tell you, it came with the flat", 'dont_know'],
    ['quote_accept', '报价系咩意思啊', 'question'], ['upsell', '这个清洗套餐我看不懂', 'question'],
    ['quote_accept', 'what do you mean by inspection?', 'question'],
    ['quote_accept', '先说说大概要多少钱 太贵的话我就不修了', 'question'],
    ['quote_accept', '不修的话那50能免掉吗', 'question'],
    ['upsell', 'Is 199 for each visit or for the whole year?', 'question'],
  ] as const)('%s: %s → %s', (prompt, text, kind) => {
    expect(at(prompt, text).kind).toBe(kind);
  });
  it('a price question on a condition keeps its topic', () => {
    expect(at('quote_accept', '先说说大概要多少钱 太贵的话我就不修了')).toMatchObject({ topic: 'price' });
  });
  it.each([
    ['3. thanks!', 2], ['the morning of the 23, please', 1], ['Friday afternoon. Wait, no, make it the Tuesday', 2],
    ['Monday would suit me best. Tuesday I have a dentist appointment', 1],
  ] as const)('slot: %s', (text, index) => {
    expect(at('slot_choice', text, SLOTS)).toEqual({ kind: 'choice', index });
  });
  it('1同2都得 names two options', () => {
    expect(at('slot_choice', '1同2都得', SLOTS).kind).toBe('partial');
  });
  it.each([
    ['the 5th of next month, afternoon', '2026-12-05 afternoon'], ['下个月20号上午', '2026-12-20 morning'],
  ])('visit: %s', (text, value) => {
    expect(at('visit_time', text)).toMatchObject({ kind: 'value', value });
  });
  it('"fridge" and "month" are not weekdays', () => {
    expect(at('visit_time', 'the fridge is urgent, any morning')).toMatchObject({ kind: 'partial' });
    expect(at('visit_time', 'sometime next month in the morning').kind).not.toBe('value');
  });
});

describe('this round, second part (replies written for these tests)', () => {
  const at = (prompt: PromptType, text: string, options?: string[]) => understand(text, { prompt, today: '2026-11-18', ...(options && { options }) });
  it.each([
    ['purchase_date', 'I bought it in 06/2024.', 'value'], ['purchase_date', '好似系二零二三年五月定系六月', 'partial'],
    ['rating', '等阵…4', 'rating'], ['rating', '我不会打分的 别问了', 'skip'], ['rating', '不会评分 感觉还行', 'partial'],
    ['quote_accept', '等等 我问哈我家里老伴', 'partial'], ['quote_accept', '检测完不修也要付钱哦', 'question'],
    ['upsell', '80块搞不搞', 'question'], ['quote_accept', '几多钱都修啦 快啲嚟', 'yes'],
    ['visit_time', '师傅么子时候能到', 'question'], ['model', 'KFR-35GW还是KFR-32GW 记不清了', 'partial'],
    ['model', 'either EW-2000 or EW-2100', 'partial'],
  ] as const)('%s: %s → %s', (prompt, text, kind) => {
    expect(at(prompt, text).kind).toBe(kind);
  });
  it("ma'am is no morning", () => {
    expect(at('visit_time', "friday po, ma'am is home all day")).toMatchObject({ kind: 'value', value: '2026-11-20 any' });
  });
  it.each([
    ['2号', ['11月22日（周日）上午', '11月22日（周日）下午', '11月24日（周二）上午'], 1],
    ['24/11 am', ['Sun 22 Nov morning', 'Sun 22 Nov afternoon', 'Tue 24 Nov morning'], 2],
  ] as const)('slot: %s', (text, options, index) => {
    expect(at('slot_choice', text, [...options])).toEqual({ kind: 'choice', index });
  });
});
