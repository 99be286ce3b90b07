import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import { digitsForNumerals, pinyinDates } from '../../../src/understand/zh-numbers.js';

const read = (prompt: 'purchase_date' | 'visit_time', text: string, today = '2026-11-18') => understand(text, { prompt, today });
const value = (prompt: 'purchase_date' | 'visit_time', text: string, today?: string) => {
  const r = read(prompt, text, today);
  return r.kind === 'value' ? r.value : r.kind;
};

describe('purchase date: classes of replies', () => {
  it('two months offered is the year only, asked', () => {
    for (const text of ['前年七八月份吧', '2023年5、6月', '去年九月还是十月', 'may or june 2024', '去年十一二月']) {
      expect(read('purchase_date', text).kind, text).toBe('partial');
    }
    expect(value('purchase_date', '去年十二月')).toBe('2025-12');
  });
  it('a season or a forgotten month is asked, with the year kept', () => {
    expect(read('purchase_date', 'winter 2023')).toMatchObject({ kind: 'partial', known: { year: 2023 } });
    expect(read('purchase_date', '2022年买的 哪个月不记得了')).toMatchObject({ kind: 'partial', known: { year: 2022 } });
    expect(value('purchase_date', '前年冬天 好像是十二月')).toBe('2024-12');
  });
  it('whole years counted settle the year, not the month', () => {
    expect(read('purchase_date', '三年前买的')).toMatchObject({ kind: 'partial', known: { year: 2023 } });
    expect(read('purchase_date', 'bought it 3 years ago')).toMatchObject({ kind: 'partial', known: { year: 2023 } });
    expect(value('purchase_date', 'three years ago this month')).toBe('2023-11');
    expect(value('purchase_date', '八个月前')).toBe('2026-03');
  });
  it('a count and a holiday: the holiday gives the month', () => {
    expect(value('purchase_date', '3 years ago, around christmas')).toBe('2023-12');
  });
  it('仨 / 俩 are numerals, and 仨月 is months counted', () => {
    expect(value('purchase_date', '才买俩月')).toBe('2026-09');
    expect(digitsForNumerals('周四十点')).toBe('周四10点');
  });
  it('more holidays: Easter, Eid, 七夕, Valentine’s', () => {
    expect(value('purchase_date', 'easter 2025')).toBe('2025-04');
    expect(value('purchase_date', 'last Hari Raya', '2026-06-01')).toBe('2026-03');
    expect(value('purchase_date', '去年七夕')).toBe('2025-08');
    expect(read('purchase_date', 'a week before Easter 2024').kind).toBe('value');
    expect(read('purchase_date', 'just before easter this year', '2026-07-01').kind).toBe('partial');
  });
  it('dotted dates with the year last are day first', () => {
    expect(value('purchase_date', 'purchased 04.02.2025')).toBe('2025-02');
    expect(value('purchase_date', '2025.4.2')).toBe('2025-04');
  });
  it('the clause with the buying wins over clauses that date breakdowns', () => {
    expect(value('purchase_date', '去年国庆买的，今年五月就坏了一次')).toBe('2025-10');
    expect(value('purchase_date', '前年买的，大概四月')).toBe('2024-04');
  });
  it('toneless pinyin of date words', () => {
    expect(pinyinDates('qian nian ba yue')).toBe('前年八月');
    expect(pinyinDates('i paid last year')).toBe('i paid last year');
    expect(value('purchase_date', 'qian nian ba yue')).toBe('2024-08');
    expect(read('purchase_date', 'bu ji de le').kind).toBe('dont_know');
  });
  it('forgetting in dialect is not knowing', () => {
    expect(read('purchase_date', '冇记得喇').kind).toBe('dont_know');
  });
});

describe('visit time: classes of replies', () => {
  const visit = (text: string, today = '2026-11-18') => value('visit_time', text, today);
  it('two days offered are asked, the period kept', () => {
    expect(read('visit_time', '礼拜二还是礼拜三 下午')).toMatchObject({ kind: 'partial', known: { period: 'afternoon' } });
    expect(read('visit_time', 'monday or tuesday evening').kind).toBe('partial');
    expect(read('visit_time', '明后天上午').kind).toBe('partial');
    expect(visit('后天上午或者下午都行')).toBe('2026-11-20 any');
  });
  it('clock times said with from / between / like, and no hour from a day number before am', () => {
    expect(visit('friday from 2 to 4')).toBe('2026-11-20 afternoon');
    expect(visit('Dec 3 am')).toBe('2026-12-03 morning');
    expect(visit('next Tuesday morning, before 11 ideally')).toBe('2026-11-24 morning');
    expect(read('visit_time', 'any day before the 25th').kind).toBe('partial');
  });
  it('dialect periods: 上昼, 早起, 上半天 / 下半天, after school', () => {
    expect(visit('礼拜四上昼')).toBe('2026-11-19 morning');
    expect(visit('明朝早起', '2026-11-18').endsWith('morning')).toBe(true);
    expect(visit('后天下半天')).toBe('2026-11-20 afternoon');
    expect(visit('tomorrow after school')).toBe('2026-11-19 afternoon');
  });
  it('a period ruled out right after it gives way to the next, and the day carries', () => {
    expect(visit('周五上午要上班 下午行')).toBe('2026-11-20 afternoon');
    expect(visit('后天上午不行 晚上可以')).toBe('2026-11-20 evening');
    expect(visit('周六晚上 平时要加班')).toBe('2026-11-21 evening');
    expect(visit('星期六我休息 全天')).toBe('2026-11-21 any');
  });
  it('festival days and 初N near the new year; a span around one stays asked', () => {
    expect(visit('圣诞节下午')).toBe('2026-12-25 afternoon');
    expect(visit('初五上午', '2027-01-30')).toBe('2027-02-10 morning');
    expect(read('visit_time', '中秋前后').kind).toBe('partial');
  });
  it('German day-first dates with a closing dot, and whole-day English', () => {
    expect(visit('am 03.12. um 14 Uhr, afternoon')).toBe('2026-12-03 afternoon');
    expect(visit('Friday, the whole day')).toBe('2026-11-20 any');
  });
  it('toneless pinyin', () => {
    expect(visit('xing qi wu shang wu')).toBe('2026-11-20 morning');
  });
});

describe('dates: French words in English replies, "next month", a correction after a question mark', () => {
  it('French months and days are read as their English names', () => {
    expect(value('purchase_date', 'bought in février 2025')).toBe('2025-02');
    expect(value('visit_time', 'jeudi matin please')).toBe('2026-11-19 morning');
    expect(value('visit_time', 'après-demain soir')).toBe('2026-11-20 evening');
  });
  it('"next month" as the date bought is still to come', () => {
    expect(read('purchase_date', 'Next month.')).toMatchObject({ kind: 'invalid', reason: 'future' });
  });
  it('"2023? no, 2024" takes the year after the no', () => {
    expect(value('purchase_date', 'June 2023? no, June 2024')).toBe('2024-06');
  });
});

describe('visits proposed as a question, a day gone by then the one meant, Scots words', () => {
  it('"…可以吗？" and "how about…?" after a time are the answer, not a question', () => {
    expect(read('visit_time', '周四或者周五，下午行吗？')).toMatchObject({ kind: 'partial' });
    expect(value('visit_time', 'what about thursday afternoon?')).toBe('2026-11-19 afternoon');
  });
  it('a day gone by, then the one meant', () => {
    expect(value('visit_time', 'yesterday would have been ideal haha. ok friday morning then')).toBe('2026-11-20 morning');
  });
  it('Scots words are folded before the reply is read', () => {
    expect(value('visit_time', 'friday mornin')).toBe('2026-11-20 morning');
    expect(read('purchase_date', 'cannae mind, years back').kind).toBe('dont_know');
    expect(understand('the number i gave ye wis wrang', { prompt: 'address', today: '2026-11-18' })).toMatchObject({ kind: 'correction', field: 'phone' });
  });
});

describe('visit: no day yet, or any day', () => {
  it.each(['等我老婆下班回来再说', '过了端午再讲吧', '哪天都行 我天天在家', "I'll let you know later"])('%s is partial', (text) => {
    expect(read('visit_time', text).kind).toBe('partial');
  });
});
