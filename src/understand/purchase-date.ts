import { addMonths, englishMonth, formatYearMonth, parseDay, type YearMonth } from './calendar.js';
import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';
import { digitsForNumerals } from './zh-numbers.js';

const FIELD = 'purchase_date' as const;

/** Shopping days and holidays customers date a purchase by; the month is what warranty needs. */
const EVENTS: ReadonlyArray<[RegExp, number]> = [
  [/双(十一|11)|双11|光棍节|\bsingles'? day\b/i, 11], [/双(十二|12)/, 12], [/618|六一八/, 6], [/国庆/, 10], [/元旦/, 1],
  [/五一|劳动节/, 5], [/中秋/, 9], [/圣诞|\b(christmas|xmas)\b/i, 12], [/\bblack friday\b|黑色星期五|黑五/i, 11],
  [/\bnew year'?s?\b|新年/i, 1], [/\bboxing day\b/i, 12], [/\bprime day\b/i, 7], [/\bthanksgiving\b/i, 11],
];

/** Parts of a year (年初, 年底, early 2024): a month a careful agent accepts, the middle of the part. */
const PART_OF_YEAR: ReadonlyArray<[RegExp, number]> = [
  [/年初|年头|开年|\bearly\b|\bbeginning of\b|\bstart of\b/, 1], [/年中|\bmid(dle)?\b/, 6], [/年底|年末|年尾|\blate\b|\bend of\b/, 12],
];

/** Year words relative to today: 0 this year, 1 last year … */
function relativeYear(text: string): number | undefined {
  if (/大前年|大大前年/.test(text)) return /大大前年/.test(text) ? 4 : 3;
  if (/前年|\byear before last\b/.test(text)) return 2;
  if (/去年|上一年|旧年|\blast year\b|\ba year ago\b/.test(text)) return 1;
  if (/今年|本年|\bthis year\b/.test(text)) return 0;
  if (/明年|\bnext year\b/.test(text)) return -1;
  return undefined;
}

function absoluteYear(text: string, today: YearMonth): number | undefined {
  const four = text.match(/(?:^|\D)((?:19|20)\d{2})(?!\d)/);
  if (four) return Number(four[1]);
  const two = text.match(/(?:^|\D)(\d{2})\s*年/) ?? text.match(/'(\d{2})\b/);
  if (two) {
    const year = 2000 + Number(two[1]);
    return year <= today.year ? year : year - 100;
  }
  return undefined;
}

/** "三个月前", "半年前", "一年半前", "6 months ago", "a year and a half ago", "两年多前". */
function ago(text: string, today: YearMonth): YearMonth | 'vague' | undefined {
  if (/(好|几|多)年(前|了)|前几年|\b(few|several|many) years\b/.test(text)) return 'vague';
  const zh = text.match(/(\d{1,2}|半)\s*(个)?\s*(年|月)\s*(半|多)?\s*(以前|之前|前|了)/);
  if (zh) {
    const n = zh[1] === '半' ? 0.5 : Number(zh[1]);
    const months = zh[3] === '年' ? n * 12 + (zh[4] === '半' ? 6 : 0) : n + (zh[4] === '半' ? 0.5 : 0);
    if (zh[4] === '多' && zh[3] === '年') return 'vague';
    return addMonths(today, -Math.round(months));
  }
  const en = text.match(/\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a)\s*(years?|months?|yrs?|mos?)(\s+and\s+a\s+half)?\s+ago\b/);
  if (en) {
    const words = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const n = en[1] === 'half a' ? 0.5 : en[1] === 'an' ? 1 : /\d/.test(en[1]) ? Number(en[1]) : Math.max(1, words.indexOf(en[1]));
    const unitMonths = /^y/.test(en[2]) ? 12 : 1;
    return addMonths(today, -Math.round(n * unitMonths + (en[3] ? unitMonths / 2 : 0)));
  }
  if (/上个?月|\blast month\b/.test(text)) return addMonths(today, -1);
  if (/这个?月|本月|\bthis month\b/.test(text)) return today;
  if (/上上个?月/.test(text)) return addMonths(today, -2);
  return undefined;
}

function monthOf(text: string): number | undefined {
  const zh = text.match(/(?:^|[^\d])(\d{1,2})\s*月/);
  if (zh) return Number(zh[1]);
  const numeric = text.match(/(?:^|\D)(?:19|20)\d{2}\s*[-/.]\s*(\d{1,2})(?!\d)/) ?? text.match(/(?:^|\D)(\d{1,2})\s*[/.]\s*(?:19|20)?\d{2}(?!\d)/);
  if (numeric) return Number(numeric[1]);
  const en = englishMonth(text);
  if (en) return en;
  const event = EVENTS.find(([pattern]) => pattern.test(text));
  if (event) return event[1];
  return PART_OF_YEAR.find(([pattern]) => pattern.test(text))?.[1];
}

function check(value: YearMonth, today: YearMonth): Reading {
  const index = value.year * 12 + value.month;
  if (index > today.year * 12 + today.month) return { kind: 'invalid', field: FIELD, reason: 'future' };
  if (value.year < today.year - 30) return { kind: 'invalid', field: FIELD, reason: 'too_old' };
  return { kind: 'value', field: FIELD, value: formatYearMonth(value) };
}

/**
 * A purchase month from what customers write. Only a year (去年, 2023年) is `partial`: the month
 * decides the warranty, so it is asked, never guessed (issue 14: 去年 alone was stored as January).
 */
export function readPurchaseDate(lower: string, todayDate: string): Reading | undefined {
  const { year: ty, month: tm } = parseDay(todayDate);
  const today = { year: ty, month: tm };
  const text = digitsForNumerals(lower.replace(/双十一/g, '双11').replace(/双十二/g, '双12'));
  const back = ago(text, today);
  if (back === 'vague') return { kind: 'partial', field: FIELD, known: {} };
  if (back) return check(back, today);
  const offset = relativeYear(text);
  const year = offset !== undefined ? ty - offset : absoluteYear(text, today);
  const month = monthOf(text);
  if (year !== undefined && month !== undefined) {
    if (month < 1 || month > 12) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    return check({ year, month }, today);
  }
  if (year !== undefined) return year > ty ? { kind: 'invalid', field: FIELD, reason: 'future' } : { kind: 'partial', field: FIELD, known: { year } };
  if (month !== undefined && month >= 1 && month <= 12) {
    // "last May" / "三月份": the latest such month before now; "last December" in November is last year's.
    const lastWord = /\blast\b|上一个/.test(text);
    const thisYear = lastWord ? month < tm : month <= tm;
    return check({ year: thisYear ? ty : ty - 1, month }, today);
  }
  if (saysDontKnow(text)) return { kind: 'dont_know' };
  return undefined;
}
