import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType, UnderstandContext } from '../../../src/understand/reading.js';

const at = (prompt: PromptType, text: string, stored?: UnderstandContext['stored']) => understand(text, { prompt, today: '2026-05-11', ...(stored && { stored }) });

/** Classes of corrections, each on replies written for this test. */
describe('corrections: which field, when no field word is said', () => {
  it.each([
    ['model', 'oops, I said May before, actually it was June 2024', 'purchase_date', '2024-06'],
    ['visit_time', 'sorry its 808 not 806 - Flat 808, Block 2, Harbour View, 11 Hoi Wan St, Quarry Bay, Hong Kong', 'address', 'Flat 808, Block 2, Harbour View, 11 Hoi Wan St, Quarry Bay, Hong Kong'],
    ['name', '刚才说错了 改成后天下午', 'visit_time', '2026-05-13 afternoon'],
  ] as const)('%s: %s', (prompt, text, field, value) => {
    expect(at(prompt, text)).toMatchObject({ kind: 'correction', field, value: { value } });
  });

  it('the prompt\'s own field answered with a correction word is an answer, not a correction', () => {
    expect(at('visit_time', '不对不对 后天下午')).toMatchObject({ kind: 'value', field: 'visit_time' });
  });

  it('a field named with a new value and no change word is a correction when it does not answer the prompt', () => {
    expect(at('model', '电话打我女儿的 一五九 一二三四 五六七八')).toMatchObject({ kind: 'correction', field: 'phone', value: { value: '+8615912345678' } });
    expect(at('visit_time', '下周一上午 电话打我女儿的')).toMatchObject({ kind: 'value', field: 'visit_time' });
  });

  it('the field in the clause that carries the correction word is the one corrected', () => {
    expect(at('visit_time', '时间就后天上午吧 刚才电话写错了 是13912345670')).toMatchObject({ kind: 'correction', field: 'phone', value: { value: '+8613912345670' } });
    expect(at('visit_time', '上门时间改成后天上午 电话不用改')).not.toMatchObject({ kind: 'correction', field: 'phone' });
  });

  it('a model code with no field word must look like one', () => {
    expect(at('name', 'sorry, the 2nd one')).not.toMatchObject({ kind: 'correction', field: 'model' });
  });
});

describe('corrections: where the value is', () => {
  it.each([
    ['phone', '地址写错了 全写是杭州市西湖区文三路90号东部软件园5号楼301', '杭州市西湖区文三路90号东部软件园5号楼301'],
    ['phone', '刚才那个是公司地址 家在南京市鼓楼区中山北路30号2栋502', '南京市鼓楼区中山北路30号2栋502'],
    ['phone', '地址不对 是南京市鼓楼区中山北路30号2栋502 单元号搞错了', '南京市鼓楼区中山北路30号2栋502'],
    ['name', 'my bad, address is Unit 9 not Unit 6: Unit 9, 40 Smith St, Richmond VIC 3121', 'Unit 9, 40 Smith St, Richmond VIC 3121'],
    ['visit_time', 'Change address to No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur', 'No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur'],
  ] as const)('an address from its city on: %s %s', (prompt, text, value) => {
    expect(at(prompt, text)).toMatchObject({ kind: 'correction', field: 'address', value: { value } });
  });

  it.each([
    ['address', 'Name spelling is Anand, A-N-A-N-D, not Aanand', 'Anand'],
    ['phone', 'Put the name down as Tom Reid, everyone calls me that.', 'Tom Reid'],
  ] as const)('a name as its own clause: %s', (prompt, text, value) => {
    expect(at(prompt, text)).toMatchObject({ kind: 'correction', field: 'name', value: { value } });
  });

  it('a time ruled out is not the one wanted, and a value said back as stored is not the new one', () => {
    const stored = { visit_time: '2026-05-12 morning' };
    expect(at('summary_confirm', "Tuesday morning won't work for me now. Could we make it Thursday afternoon instead?", stored)).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-05-14 afternoon' } });
    expect(at('summary_confirm', '上午不方便 改下午吧', stored)).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-05-12 afternoon' } });
  });
});

describe('corrections at the summary against the stored values', () => {
  const stored = { name: '王建军', phone: '+8613812345678', address: '济南市历下区经十路88号6号楼3单元1101', model: 'KFR-35GW' };
  it.each([
    ['地址不对 是六号楼二单元 不是三单元', 'address', '济南市历下区经十路88号6号楼2单元1101'],
    ['phone number wrong it is 139 1234 5678', 'phone', '+8613912345678'],
    ['王建军是我爸 他不在家 我叫王小兵', 'name', '王小兵'],
    ['sorry the model is KFR-50LW actually', 'model', 'KFR-50LW'],
    // A field said back and confirmed, then the one to change (written for this test).
    ['电话系13812345678冇错但系地址唔系1101系1102', 'address', '济南市历下区经十路88号6号楼3单元1102'],
    ['the phone 138 1234 5678 is right, but the model is KFR-26GW', 'model', 'KFR-26GW'],
  ] as const)('%s', (text, field, value) => {
    expect(at('summary_confirm', text, stored)).toMatchObject({ kind: 'correction', field, value: { value } });
  });

  it('every field said back and confirmed is a yes', () => {
    expect(at('summary_confirm', '名字系王建军冇错 电话都系13812345678冇错 就咁啦', stored)).toEqual({ kind: 'yes' });
  });

  it('a floor named against a traditional-script address keeps its script', () => {
    expect(at('summary_confirm', '地址唔係12樓，係21樓A室', { address: '香港九龍觀塘道368號12樓A室' })).toMatchObject({ kind: 'correction', field: 'address', value: { value: '香港九龍觀塘道368號21樓A室' } });
  });

  it('a value said with no field word and no change word counts only when its shape is unmistakable and it differs', () => {
    expect(at('summary_confirm', '好的 王建军 没问题', stored)).not.toMatchObject({ kind: 'correction' });
    expect(at('summary_confirm', 'ok confirm. engineer please call me first', stored)).not.toMatchObject({ kind: 'correction' });
  });
});

describe('corrections, second round (the classes batches I, J and L showed)', () => {
  const stored = { name: '吴思远', phone: '+4917612345678', model: 'QX-200', purchase_date: '2023-04', address: '苏州市姑苏区人民路100号3幢2单元502', visit_time: '2026-05-13 morning' };
  const summary = (text: string) => at('summary_confirm', text, stored);

  it.each([
    // a part said with its unit, no part rejected
    ['幢号错了 是五幢', 'address', '苏州市姑苏区人民路100号5幢2单元502'],
    // a place word against the same unit
    ['地址是吴中区 不是姑苏区', 'address', '苏州市吴中区人民路100号3幢2单元502'],
    // a character "typed as" the wrong one
    ['名字打成远了 是源 三点水那个源', 'name', '吴思源'],
    // digits said one by one
    ['电话不对 尾号是五六七九 不是五六七八', 'phone', '+4917612345679'],
    // only a part the stored value holds is rejected
    ['The block number is not correct. It is Block 3, not Block 4.', 'address', undefined],
    // a year alone keeps the stored month
    ['年份写错了 是2022年 月份没错', 'purchase_date', '2022-04'],
    // of two readings of a phone, the one that keeps every digit and is a mobile
    ['please use my Chinese number instead: 139 2233 4455', 'phone', '+8613922334455'],
  ] as const)('%s', (text, field, value) => {
    expect(summary(text)).toMatchObject({ kind: 'correction', field, ...(value && { value: { value } }) });
  });

  it('a field named in a question, with no change word, is asked about', () => {
    expect(summary('all good. how long will the visit take?')).not.toMatchObject({ kind: 'correction' });
  });

  it('field words typed with spaces, and corrections at prompts that ask no field', () => {
    expect(at('rating', '买 的 时间 不对 是 2023年 6月')).toMatchObject({ kind: 'correction', field: 'purchase_date', value: { value: '2023-06' } });
    expect(at('upsell', '另，先前所留地址有误，应为杭州市上城区解放路12号4楼')).toMatchObject({ kind: 'correction', field: 'address', value: { value: '杭州市上城区解放路12号4楼' } });
    // A time at a choice of times is the choice, not a correction of the visit.
    expect(at('slot_choice', '时间改成周五上午吧')).not.toMatchObject({ kind: 'correction' });
  });

  it('a name clause that talks about the mistake is not the name', () => {
    expect(at('address', "sorry my name is spelled wrong, it's Meera not Mira")).toMatchObject({ kind: 'correction', field: 'name', value: { value: 'Meera' } });
    expect(at('phone', 'Name is Anita Rao, not Anitha. Please fix')).toMatchObject({ kind: 'correction', field: 'name', value: { value: 'Anita Rao' } });
  });
});

describe('corrections, third round', () => {
  it.each([
    ['visit_time', '电话不对 应该是139 2233 四四五五', 'phone', '+8613922334455'],
    ['visit_time', '刚才电话说错了 13九22334四55', 'phone', '+8613922334455'],
    ['visit_time', 'The model I gave before was not correct. It is AB12CD34EF.', 'model', 'AB12CD34EF'],
    ['upsell', 'address 要 update 一下，新地址杭州市上城区解放路12号4楼', 'address', '杭州市上城区解放路12号4楼'],
    ['phone', '先前所留姓名有误，应为陈志明，「志」是志气之志', 'name', '陈志明'],
  ] as const)('%s: %s', (prompt, text, field, value) => {
    expect(at(prompt, text)).toMatchObject({ kind: 'correction', field, value: { value } });
  });
});

describe('a time ruled out beside the one wanted: somewhere else to be (replies written for these tests)', () => {
  const at = (prompt: 'visit_time' | 'summary_confirm' | 'model', text: string) => understand(text, { prompt, today: '2026-11-18' });
  const visitOf = (r: ReturnType<typeof understand>) => (r.kind === 'value' ? r.value : r.kind === 'correction' && r.value?.kind === 'value' ? r.value.value : r.kind);
  it.each([
    ['model', '上门时间改成礼拜二下午吧 礼拜一我要去医院复查', '2026-11-24 afternoon'],
    ['model', '时间能不能换到周日上午😅 周六我得回老家', '2026-11-22 morning'],
    ['summary_confirm', 'visit time please move to Sunday afternoon, Saturday I have to be at work', '2026-11-22 afternoon'],
    ['visit_time', '礼拜日上昼先得闲礼拜六要去饮茶', '2026-11-22 morning'],
    ['visit_time', '下周一上午吧 周五我要赶车', '2026-11-23 morning'],
  ] as const)('%s: %s', (prompt, text, expected) => {
    expect(visitOf(at(prompt, text))).toBe(expected);
  });
});

describe('a name said again in full after the first sentence (written for this test)', () => {
  it('takes the full name', () => {
    expect(understand('Name is Oksana, with a k. Oksana Petrenko', { prompt: 'summary_confirm', today: '2026-11-18', stored: { name: 'Oxana' } }))
      .toMatchObject({ kind: 'correction', field: 'name', value: { value: 'Oksana Petrenko' } });
  });
});

describe('a visit at half past twelve (written for this test)', () => {
  it.each([['周五12点半', '2026-11-20 afternoon'], ['friday 12:45', '2026-11-20 afternoon'], ['周五12点', '2026-11-20 morning']])('%s', (text, value) => {
    expect(understand(text, { prompt: 'visit_time', today: '2026-11-18' })).toMatchObject({ kind: 'value', value });
  });
});

describe('visits moved with a reason beside them, and a summary settled', () => {
  const stored = { visit_time: '2026-05-12 morning', phone: '+8613912345678' };
  it('the clause with the change word holds the wanted time; the other clauses give reasons', () => {
    expect(at('summary_confirm', '时间换到周四下午吧 周三要出差', stored)).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-05-14 afternoon' } });
    expect(at('visit_time', '周三不方便 改周五上午')).toMatchObject({ kind: 'value', value: '2026-05-15 morning' });
    // One time said over two clauses stays whole.
    expect(at('visit_time', '改成周五吧 下午')).toMatchObject({ kind: 'value', value: '2026-05-15 afternoon' });
  });
  it('"the 14 in the afternoon" names a day of the month', () => {
    expect(at('summary_confirm', 'could we move it to the 14 in the afternoon?', stored)).toMatchObject({ kind: 'correction', field: 'visit_time', value: { value: '2026-05-14 afternoon' } });
  });
  it('wondering aloud and then settling on what is shown confirms it', () => {
    expect(at('summary_confirm', '电话要不要留我儿子的呢 那就这样吧', stored)).toEqual({ kind: 'yes' });
    expect(at('name', '陈…算了写我爱人的，刘建华')).toMatchObject({ kind: 'value', value: '刘建华' });
  });
});

describe('summary: a stored name rejected whole, a time that does not suit, a field said to stay the same', () => {
  it('"名唔系X 系Y" and "名字不是X 是Y" correct the name to Y', () => {
    expect(at('summary_confirm', '名唔系陈嘉文 系陈家文', { name: '陈嘉文' })).toMatchObject({ kind: 'correction', field: 'name', value: { value: '陈家文' } });
    expect(at('summary_confirm', '名字不是刘志刚 是刘志钢', { name: '刘志刚' })).toMatchObject({ kind: 'correction', field: 'name', value: { value: '刘志钢' } });
  });
  it('a visit said not to suit moves the visit, with or without the new time', () => {
    expect(at('summary_confirm', 'Tuesday morning is a bit awkward for me', { visit_time: '2026-05-12 morning' })).toEqual({ kind: 'correction', field: 'visit_time' });
    expect(at('summary_confirm', '下午没空', { visit_time: '2026-05-12 afternoon' })).toMatchObject({ kind: 'correction', field: 'visit_time' });
  });
  it('"i think it was …" corrects the purchase date; a typo of 购买 before 时间 is still the purchase date', () => {
    expect(at('summary_confirm', 'hmm 2023 june? i think it was 2024 june', { purchase_date: '2023-06' })).toMatchObject({ kind: 'correction', field: 'purchase_date', value: { value: '2024-06' } });
    expect(at('summary_confirm', '够买时间是2025年1月 不是24年', { purchase_date: '2024-01', visit_time: '2026-05-13 morning' })).toMatchObject({ kind: 'correction', field: 'purchase_date', value: { value: '2025-01' } });
  });
});
