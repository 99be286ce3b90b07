import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';
import { detectIntent, detectTopic } from '../../../src/understand/intents.js';

const kindAt = (prompt: PromptType, text: string) => understand(text, { prompt, today: '2026-11-18' }).kind;

/** What a customer may say at any prompt instead of answering, by construction (none is in the NLU batches). */
describe('intents at any prompt', () => {
  const prompts = ['quote_accept', 'upsell', 'step_result', 'rating', 'phone', 'visit_time'] as const;
  it.each([
    ['转人工', 'agent'], ['我要找人工客服', 'agent'], ['有没有真人', 'agent'], ['我想同真人講', 'agent'], ['叫你们经理来', 'agent'],
    ['can i speak to a human', 'agent'], ['get me a real person', 'agent'], ['let me talk to your manager', 'agent'],
    ['别再给我发消息了', 'optout'], ['以后不要联系我', 'optout'], ['唔好再send嘢俾我', 'optout'], ['唔該以後唔好再msg我', 'optout'],
    ['stop messaging me', 'optout'], ["don't contact me again", 'optout'], ['unsubscribe', 'optout'], ['退订', 'optout'],
  ] as const)('%s → %s', (text, kind) => { for (const prompt of prompts) expect(kindAt(prompt, text)).toBe(kind); });

  it.each([
    ['phone', '不修了'], ['phone', '算啦 唔整喇'], ['visit_time', '取消吧'], ['visit_time', '自己弄好了 不用来了'],
    ['step_result', '算了算了 不弄了'], ['quote_accept', '不修了 买个新的'], ['quote_accept', 'forget the whole thing'],
    ['address', '先别管地址了 我不弄了'], ['summary_confirm', '先别约了'],
  ] as const)('%s: %s → cancel', (prompt, text) => { expect(kindAt(prompt, text)).toBe('cancel'); });

  it.each([
    ['upsell', '啥叫镁棒'], ['upsell', '清洗包括什么'], ['quote_accept', '保固不是三年嗎？'], ['upsell', 'what does that include?'],
  ] as const)('%s: %s → question', (prompt, text) => { expect(kindAt(prompt, text)).toBe('question'); });

  it.each([['model', '不造'], ['model', 'sorry cannot find the label'], ['model', '不记得了']] as const)(
    '%s: %s → dont_know', (prompt, text) => { expect(kindAt(prompt, text)).toBe('dont_know'); });
});

/** The question word and its object set the topic: what the warranty covers, what it costs, how to pay, when someone comes. */
describe('question topics', () => {
  it.each([
  ['upsell', '延保包括哪些配件？', 'question/warranty'], ['upsell', '延保期间换压缩机要钱吗', 'question/warranty'], ['upsell', 'Does it cover accidental damage?', 'question/warranty'],
  ['upsell', 'What exactly does the extended warranty include?', 'question/warranty'], ['upsell', '延保從幾時開始計？', 'question/warranty'],
  ['upsell', '清洗要多久', 'question/other'], ['upsell', '清洗完多久能用', 'question/other'], ['upsell', 'Is the deep clean safe for an inverter AC?', 'question/other'],
  ['upsell', '镁棒是干嘛的', 'question/other'], ['upsell', 'What is a magnesium rod for?', 'question/other'], ['upsell', '师傅会带工具吗', 'question/other'],
  ['upsell', '两台有优惠吗', 'question/price'], ['upsell', 'Is that price per year?', 'question/price'], ['upsell', '一共多少钱', 'question/price'],
  ['upsell', 'How much for two units?', 'question/price'], ['upsell', '可以便宜点吗', 'question/price'], ['upsell', '要另外付钱吗', 'question/price'],
  ['upsell', 'Can I pay by card?', 'question/other'], ['upsell', '可以微信付吗', 'question/other'], ['upsell', '几时可以嚟洗？', 'question/wait_time'],
  ['quote_accept', '大概要修多少钱', 'question/price'], ['quote_accept', 'Roughly what would the repair cost?', 'question/price'],
  ['quote_accept', '检测费可以现场付吗', 'question/other'], ['quote_accept', 'Why is it out of warranty? I bought it last year', 'question/warranty'],
  ['quote_accept', '師傅幾時到？', 'question/wait_time'], ['quote_accept', 'When can the engineer come?', 'question/wait_time'],
  ['quote_accept', '要等几天', 'question/wait_time'], ['quote_accept', '检测要多长时间', 'question/other'], ['quote_accept', '修不好退检测费吗', 'question/other'],
  ['quote_accept', '保修期不是两年吗', 'question/warranty'], ['quote_accept', "Isn't it still under guarantee?", 'question/warranty'],
  ['quote_accept', 'what if it can\'t be fixed, do I still pay?', 'question/price'],
  ['step_result', '如果还不行要多少钱', 'question/price'],
  ['step_result', '要等多久师傅才能来', 'question/wait_time'], ['step_result', 'is it normal for the light to be orange?', 'question/other'],
  ['rating', '你们上门要多久', 'question/wait_time'], ['rating', '师傅什么时候来？', 'question/wait_time'],
] as const)('%s: %s → %s', (prompt, text, expected) => {
    const reading = understand(text, { prompt: prompt as PromptType, today: '2026-11-18' });
    expect(reading.kind === 'question' ? `question/${reading.topic}` : reading.kind).toBe(expected);
  });
});

describe('question topics and asking for a person (replies written for these tests)', () => {
  it.each([
    ['80是一台还是全家的', 'price'], ['is that 150 per visit or for the whole year?', 'price'], ['roughly what charges for a new board?', 'price'],
    ['is that on top of the call-out fee?', 'price'], ['啥时候好来', 'wait_time'], ['修完再坏了还要给钱吗', 'warranty'],
    ['两年包不包换屏', 'warranty'], ["surely the consumer guarantee covers it?", 'warranty'],
  ] as const)('%s → %s', (text, topic) => {
    expect(detectTopic(text)).toBe(topic);
  });
  it('a person asked for in other words', () => {
    expect(detectIntent('喊个人来跟我说')?.kind).toBe('agent');
    expect(detectIntent("can i speak to an engineer please")?.kind).toBe('agent');
    expect(detectIntent('i want a colleague from the hotline to call me, not the chat bot')?.kind).toBe('agent');
  });
});

describe('questions about an offer that look like answers', () => {
  const at = (prompt: 'upsell' | 'quote_accept', text: string) => understand(text, { prompt, today: '2026-11-18' });
  it('whether a price includes a fee asks the price; whether it includes a part asks what it covers', () => {
    expect(at('upsell', '158包不包上门费')).toEqual({ kind: 'question', topic: 'price' });
    expect(at('upsell', '八十块包不包过滤网')).toEqual({ kind: 'question', topic: 'other' });
  });
  it('a price asked as "this or that", a price elsewhere held up, and "on top o" ask the price', () => {
    expect(at('upsell', '199 是 每台 还是 全部')).toEqual({ kind: 'question', topic: 'price' });
    expect(at('upsell', '网上人家才六十 你们这也太贵了')).toEqual({ kind: 'question', topic: 'price' });
    expect(at('upsell', "is that on top o what I'm paying for the repair")).toEqual({ kind: 'question', topic: 'price' });
  });
  it('asking whether the offer is required is a question, not a yes', () => {
    expect(at('upsell', '是必须办的吗')).toEqual({ kind: 'question', topic: 'other' });
    expect(at('upsell', 'is this mandatory?')).toEqual({ kind: 'question', topic: 'other' });
  });
});

describe('questions at the quote that look like answers', () => {
  const at = (text: string) => understand(text, { prompt: 'quote_accept', today: '2026-11-18' });
  it('why a fee is charged at all, or the price asked after a 不是吧 of surprise, asks the price', () => {
    expect(at('为啥要收上门费 人家都是免费的')).toEqual({ kind: 'question', topic: 'price' });
    expect(at('检测费还要50？不是吧 那修好一共多少钱')).toEqual({ kind: 'question', topic: 'price' });
  });
  it('a yes held back to ask first is the question', () => {
    expect(at('好的…等一下 不修的话检测费退吗？').kind).toBe('question');
  });
  it('an invoice is paperwork, not a price; 明天一早能来吗 and 啥辰光 ask the wait; a misspelt warranty is the warranty', () => {
    expect(at('检测费能开发票吗')).toEqual({ kind: 'question', topic: 'other' });
    expect(at('明天一早能来吗？急用')).toEqual({ kind: 'question', topic: 'wait_time' });
    expect(at('师傅啥辰光来？')).toEqual({ kind: 'question', topic: 'wait_time' });
    expect(at("it's out of warrenty?? i only bought it last year")).toEqual({ kind: 'question', topic: 'warranty' });
  });
});

describe('small forms: how long the warranty is, when not to call, 中 in 中午, French marks, po, "spelling:"', () => {
  it('保修多久 asks the warranty, not how long a repair takes', () => {
    expect(understand('这个保修多长时间？保修多久', { prompt: 'purchase_date', today: '2026-11-18' })).toEqual({ kind: 'question', topic: 'warranty' });
  });
  it('when not to call is no opt-out; "do not contact me again" is', () => {
    expect(kindAt('quote_accept', "please don't call me during work hours")).not.toBe('optout');
    expect(kindAt('quote_accept', '晚上8点以后别打电话')).not.toBe('optout');
    expect(kindAt('address', 'do not contact me again, I will sort it out')).toBe('optout');
  });
  it('中 says yes, 中午 does not', () => {
    expect(kindAt('quote_accept', '中')).toBe('yes');
    expect(kindAt('quote_accept', '中午别打电话')).not.toBe('yes');
  });
  it('a French mark, the Filipino po beside a number, a name after "spelling:"', () => {
    expect(understand('quatre!', { prompt: 'rating', today: '2026-11-18' })).toEqual({ kind: 'rating', value: 4 });
    expect(understand('0927 555 1234 po', { prompt: 'phone', today: '2026-11-18' })).toMatchObject({ kind: 'value', value: '+639275551234' });
    expect(understand('one more thing, the name spelling: Park Ji-hoon', { prompt: 'model', today: '2026-11-18' })).toMatchObject({ kind: 'correction', field: 'name', value: { value: 'Park Ji-hoon' } });
  });
});

describe('the extra offer taken on a condition, or not decided', () => {
  const at = (text: string) => understand(text, { prompt: 'upsell', today: '2026-11-18' });
  it('a condition leaves it open, unless the condition is the price', () => {
    expect(at('要是能跟维修一起上门的话我就要')).toEqual({ kind: 'partial', known: {} });
    expect(at('如果能打个折就要')).toEqual({ kind: 'question', topic: 'price' });
  });
  it('not knowing whether to, or asking someone first, is not a no', () => {
    expect(at('不知道要不要呢…')).toEqual({ kind: 'partial', known: {} });
    expect(at('not now, i ask my wife first')).toEqual({ kind: 'partial', known: {} });
  });
});
