import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

const at = (prompt: PromptType, text: string, options?: string[]) => understand(text, { prompt, today: '2026-11-18', options });

/** The phrases issue 14 reports as misread, each with what it means. */
describe('understand: the replies issue 14 found misread', () => {
  it.each([
    ['quote_accept', '可以，接受', { kind: 'yes' }], ['quote_accept', '没问题', { kind: 'yes' }], ['quote_accept', 'no problem', { kind: 'yes' }],
    ['quote_accept', '係呀', { kind: 'yes' }], ['quote_accept', '唔使喇', { kind: 'no' }], ['summary_confirm', '没错', { kind: 'yes' }],
    ['quote_accept', 'of course', { kind: 'yes' }], ['quote_accept', '多少钱？', { kind: 'question', topic: 'price' }],
    ['purchase_date', '去年双十一', { kind: 'value', field: 'purchase_date', value: '2025-11' }],
    ['purchase_date', '去年', { kind: 'partial', field: 'purchase_date', known: { year: 2025 } }],
    ['purchase_date', '6 months ago', { kind: 'value', field: 'purchase_date', value: '2026-05' }],
    ['purchase_date', '18年10月', { kind: 'value', field: 'purchase_date', value: '2018-10' }],
    ['visit_time', '这周日下午', { kind: 'value', field: 'visit_time', value: '2026-11-22 afternoon', visit: { date: '2026-11-22', period: 'afternoon' } }],
    ['visit_time', '周末上午', { kind: 'partial', field: 'visit_time', known: { period: 'morning' } }],
    ['phone', '07911 123456', { kind: 'value', field: 'phone', value: '+447911123456' }],
    ['phone', '(415) 555-2671', { kind: 'value', field: 'phone', value: '+14155552671' }],
    ['name', '叫我小李就行', { kind: 'value', field: 'name', value: '小李' }], ['name', '弓长张', { kind: 'value', field: 'name', value: '张' }],
    ['name', '还不行', { kind: 'invalid', field: 'name', reason: 'not_a_name' }], ['name', 'call me Mike', { kind: 'value', field: 'name', value: 'Mike' }],
    ['phone', '人工', { kind: 'agent' }], ['phone', '人呢？', { kind: 'agent' }], ['phone', '那算了', { kind: 'cancel' }], ['phone', '不修了', { kind: 'cancel' }],
    ['phone', '要多久才能上门？', { kind: 'question', topic: 'wait_time' }], ['phone', '压缩机不是保三年吗？', { kind: 'question', topic: 'warranty' }],
    ['rating', '差评', { kind: 'rating', value: 1 }], ['rating', 'terrible', { kind: 'rating', value: 1 }], ['rating', '5星好评', { kind: 'rating', value: 5 }],
    ['step_result', '好像好了', { kind: 'fixed' }], ['step_result', 'that fixed it', { kind: 'fixed' }], ['step_result', '有水声了', { kind: 'fixed' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toEqual(reading); });

  it('reads "不是周六，是周日下午" at the summary as a change of the visit', () => {
    expect(at('summary_confirm', '不是周六，是周日下午')).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-11-22 afternoon' } });
  });

  it('reads a slot named by its words', () => {
    expect(at('slot_choice', '周四下午那个', ['11月19日（周四）上午', '11月19日（周四）下午'])).toEqual({ kind: 'choice', index: 1 });
  });
});

describe('understand: a yes with a question beside it', () => {
  it.each([
    ['quote_accept', '可以。检测大概多久？', { kind: 'yes', asks: 'wait_time' }],
    ['quote_accept', 'ok fine, go ahead. how much is the inspection?', { kind: 'yes', asks: 'price' }],
    ['summary_confirm', '没错，师傅大概多久能到？', { kind: 'yes', asks: 'wait_time' }],
    ['quote_accept', '可以，接受', { kind: 'yes' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toEqual(reading); });
});

describe('understand: "don\'t call, text me" is how to reach the customer, not an opt-out', () => {
  it.each([
    ['quote_accept', '可以接受。但工程师来之前请只发短信，不要打电话。', { kind: 'yes' }],
    ['summary_confirm', 'Everything is correct. Text only please, don\'t call.', { kind: 'yes' }],
    ['phone', '别打电话 发短信就行 18658123456', { kind: 'value', field: 'phone', value: '+8618658123456' }],
    ['upsell', '别再给我推销了 也别给我发短信', { kind: 'optout' }],
    ['upsell', '不要打电话推销了', { kind: 'optout' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toMatchObject(reading); });
});

describe('understand: yes and no as dev batches wrote them', () => {
  it.each([
    ['quote_accept', "Nope. Y'all just fix the thing.", { kind: 'no' }],
    ['quote_accept', 'I think we will not proceed.', { kind: 'no' }],
    ['quote_accept', "We won't be going ahead with it.", { kind: 'no' }],
    ['quote_accept', '冇得问题 你们来看嘛', { kind: 'yes' }],
    ['quote_accept', 'y', { kind: 'yes' }],
    ['summary_confirm', '要得。下午三点以后来哈 莫按门铃 敲门就行', { kind: 'yes' }],
    ['summary_confirm', "Correct. Please don't ring the doorbell, the baby sleeps.", { kind: 'yes' }],
    ['upsell', 'No. Thanks ya', { kind: 'no' }],
    ['upsell', '再说吧，我问问租客要不要', { kind: 'partial' }],
    ['upsell', '先不用 等修好了再说', { kind: 'no' }],
    ['upsell', '不要了，下次再说', { kind: 'no' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toMatchObject(reading); });
});

describe('understand: offers put off, haggled over and refused for good (replies written for these tests)', () => {
  it.each([
    ['upsell', '别再推荐这些了', { kind: 'optout' }],
    ['upsell', 'no more promo messages please', { kind: 'optout' }],
    ['upsell', '等我问下我个女先', { kind: 'partial' }],
    ['upsell', '明天再定吧', { kind: 'partial' }],
    ['upsell', '先看看修完怎么样再说', { kind: 'partial' }],
    ['upsell', 'I would rather read the terms before deciding.', { kind: 'partial' }],
    ['upsell', 'maybe, depends how much the repair comes to', { kind: 'partial' }],
    ['upsell', '我问问老公 他管钱的', { kind: 'partial' }],
    ['upsell', 'It may not be necessary, thank you.', { kind: 'no' }],
    ['upsell', '除垢剂没听说过 是什么', { kind: 'question', topic: 'other' }],
    ['upsell', '199贵了 能便宜点吗', { kind: 'question', topic: 'price' }],
    ['upsell', 'any discount if I take two?', { kind: 'question', topic: 'price' }],
    ['upsell', 'nah, cheaper online', { kind: 'no' }],
    ['quote_accept', '可以。请用文字确认，不用打电话。', { kind: 'yes' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toMatchObject(reading); });
});

describe('understand: waiting on someone at the quote, a warranty disputed, second choices of a day (replies written for these tests)', () => {
  it.each([
    ['quote_accept', '我得问一下我个仔 他出钱', { kind: 'partial' }],
    ['quote_accept', 'I have to check with my landlord first, will revert', { kind: 'partial' }],
    ['quote_accept', 'I will consider it and let you know.', { kind: 'partial' }],
    ['visit_time', '星期二三都可以', { kind: 'partial' }],
    ['visit_time', '礼拜六一整天都在', { kind: 'value', value: '2026-11-21 any' }],
    ['visit_time', '周四下午最好，要是周四没空的话周五上午也行', { kind: 'value', value: '2026-11-19 afternoon' }],
    ['visit_time', 'Friday morning, otherwise Monday', { kind: 'value', value: '2026-11-20 morning' }],
    ['visit_time', 'the morra afternoon', { kind: 'value', value: '2026-11-19 afternoon' }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toMatchObject(reading); });

  const quote = (text: string, stored?: string) => understand(text, { prompt: 'quote_accept', today: '2026-11-18', stored: stored ? { purchase_date: stored } : undefined });
  it('corrects the purchase date only against a different stored month', () => {
    expect(quote('Out of warranty?? I bought it in May last year', '2023-05')).toMatchObject({ kind: 'correction', field: 'purchase_date', value: { value: '2025-05' } });
    expect(quote('Out of warranty?? I bought it in May last year', '2025-05')).toMatchObject({ kind: 'question', topic: 'warranty' });
    expect(quote('Out of warranty?? I bought it in May last year')).toMatchObject({ kind: 'question', topic: 'warranty' });
  });
});

describe('understand: the phone default region (PHONE_DEFAULT_REGION)', () => {
  it('reads a number that fits two countries in the configured one', () => {
    const phone = (region: string) => understand('020 7946 0958', { prompt: 'phone', today: '2026-11-18', region });
    expect(phone('CN')).toMatchObject({ kind: 'value', value: '+862079460958' });
    expect(phone('GB')).toMatchObject({ kind: 'value', value: '+442079460958' });
  });
});

/** The principles added for batches E and F, each on a reply none of the corpora hold. */
describe('understand: general mechanisms', () => {
  it.each([
    ['name', '我係陳生', { kind: 'value', value: '陳生' }],
    ['name', '免贵姓欧阳', { kind: 'value', value: '欧阳' }],
    ['name', '您就叫我老周吧', { kind: 'value', value: '老周' }],
    ['name', '林 小 娟', { kind: 'value', value: '林小娟' }],
    ['name', 'Rachel Green, thanks', { kind: 'value', value: 'Rachel Green' }],
    ['name', 'qwrtzp', { kind: 'invalid' }],
    ['address', '台北市大安區忠孝東路四段100號3樓', { kind: 'value', value: '台北市大安區忠孝東路四段100號3樓' }],
    ['address', '石家庄 桥西区 自强路22号院 3号楼1单元602 就是火车站那边', { kind: 'value', value: '石家庄 桥西区 自强路22号院 3号楼1单元602' }],
    ['address', '南京西路1266号', { kind: 'partial' }],
    ['address', '221B Baker Street, London NW1 6XE', { kind: 'value', value: '221B Baker Street, London NW1 6XE' }],
    ['step_result', '好一点了 但还是有点慢', { kind: 'partial' }],
    ['step_result', '能开机了', { kind: 'fixed' }],
    ['step_result', '算了 直接派师傅来修吧', { kind: 'book_repair' }],
    ['upsell', '保养套餐多少钱', { kind: 'question', topic: 'price' }],
    ['quote_accept', '我先问下我老婆', { kind: 'partial' }],
    ['rating', '俾三粒星', { kind: 'rating', value: 3 }],
    ['purchase_date', '大概两年前吧', { kind: 'partial' }],
    ['summary_confirm', 'could we make it Saturday morning instead?', { kind: 'correction', field: 'visit_time', value: { value: '2026-11-21 morning' } }],
    ['summary_confirm', '周五上午要上班 改周六下午吧', { kind: 'correction', field: 'visit_time', value: { value: '2026-11-21 afternoon' } }],
    ['summary_confirm', '好的 哦等下 名字写林小姐', { kind: 'correction', field: 'name', value: { value: '林小姐' } }],
  ] as const)('%s: %s', (prompt, text, reading) => { expect(at(prompt, text)).toMatchObject(reading); });

  it('takes the corrected name, not the one the customer rejects', () => {
    expect(understand('名字打错了 是刘芳不是刘方', { prompt: 'phone', today: '2026-11-18' })).toMatchObject({ kind: 'correction', field: 'name', value: { value: '刘芳' } });
  });
});
