import { addDays, addMonths, englishMonth, formatYearMonth, parseDay, validDate, type YearMonth } from './calendar.js';
import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';
import { holidayMonth, holidaySpanMonths, lastHoliday, namesHoliday } from './holidays.js';
import { afterSelfCorrection } from './segments.js';
import { digitsForNumerals } from './zh-numbers.js';

const FIELD = 'purchase_date' as const;

/** Parts of a year (年初, 年底): the customer knows the year, not the month; it is asked (corpus labels). */
const PART_OF_YEAR = /年初|年头|开年|年中|年底|年末|年尾|上半年|下半年|\b(early|mid|late|beginning of|start of|end of|middle of)\b/;
/** Dated by a life event or a season: a careful agent asks. */
const VAGUE = /的时候|那年|那会|那阵|那一年|夏天|冬天|春天|秋天|暑假|寒假|\b(summer|winter|spring|autumn|fall|a few months|some months|a while)\b/;

const parseDayMonth = (date: string): YearMonth => { const { year, month } = parseDay(date); return { year, month }; };

/** Year words relative to today: 0 this year, 1 last year … */
function relativeYear(text: string): number | undefined {
  if (/大前年|大大前年/.test(text)) return /大大前年/.test(text) ? 4 : 3;
  if (/前年|\byear before last\b/.test(text)) return 2;
  if (/去年|上一年|上年|旧年|\blast year\b|\ba year ago\b/.test(text)) return 1;
  if (/今年|本年|\bthis year\b/.test(text)) return 0;
  if (/明年|\bnext year\b/.test(text)) return -1;
  return undefined;
}

function absoluteYear(text: string, today: YearMonth): number | undefined {
  const four = text.match(/(?:^|\D)((?:19|20)\d{2})(?!\d)/);
  if (four) return Number(four[1]);
  // Taiwan counts years from 1912 (民國113年 = 2024), often without 民國 (113年).
  const roc = text.match(/(?:民国\s*|(?:^|\D))(1[01]\d)\s*年/);
  if (roc) return 1911 + Number(roc[1]);
  const two = text.match(/(?:^|\D)(\d{2})\s*年/) ?? text.match(/'(\d{2})\b/) ?? text.match(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{2})\b/);
  if (two) {
    const year = 2000 + Number(two[1]);
    return year <= today.year ? year : year - 100;
  }
  return undefined;
}

/** "三个月前", "半年前", "一年半前", "6 months ago", "a year and a half ago", "两年多前". */
/** A hedge on a count of years ("大概三年前", "maybe 2 years ago?"): the year is known, the month is not. */
const HEDGED_YEARS = /(大概|大约|差不多|好像|可能|快|将近|左右).{0,4}\d{1,2}\s*年|\d{1,2}\s*年.{0,3}(左右|吧|\?|？)|\b(maybe|about|around|roughly|almost|nearly|like)\s+(\d{1,2}|a|an|one|two|three|four|five)\s+years?\b|\d\s*years? ago\s*\?|\bnot sure\b/;

function ago(text: string, today: YearMonth, todayDate: string): YearMonth | 'vague' | undefined {
  if (/(好|几|多)年(前|了)|好多年|很多年|\d\s*年(多|几)|前几年|\b(few|several|many) years\b/.test(text)) return 'vague';
  if (/年(前|了|之前|以前)|years? (ago|back)/.test(text) && HEDGED_YEARS.test(text)) return 'vague';
  // "about a fortnight ago", "三个星期前": weeks land in this month or the last.
  const weeks = text.match(/\b(a|one|two|three|\d)\s+(weeks?|fortnight)\s+ago\b|(\d)\s*(个)?(星期|礼拜|周)(前|之前|以前)/);
  if (weeks) {
    const n = weeks[2] === 'fortnight' ? 2 : Number(weeks[1] ?? weeks[3]) || (['a', 'one'].includes(weeks[1]) ? 1 : weeks[1] === 'two' ? 2 : 3);
    const { year, month } = parseDay(addDays(todayDate, -7 * n));
    return { year, month };
  }
  const zh = text.match(/(\d{1,2}|半)\s*(个)?\s*(年|月)\s*(半|多)?\s*(以前|之前|前|了)/);
  if (zh) {
    const n = zh[1] === '半' ? 0.5 : Number(zh[1]);
    const months = zh[3] === '年' ? n * 12 + (zh[4] === '半' ? 6 : 0) : n + (zh[4] === '半' ? 0.5 : 0);
    if (zh[4] === '多' && zh[3] === '年') return 'vague';
    return addMonths(today, -Math.round(months));
  }
  const en = text.match(/\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a)\s*(years?|months?|yrs?|mos?)(\s+and\s+a\s+half)?\s+(ago|back|before)\b/);
  if (en) {
    const words = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const n = en[1] === 'half a' ? 0.5 : en[1] === 'an' ? 1 : /\d/.test(en[1]) ? Number(en[1]) : Math.max(1, words.indexOf(en[1]));
    const unitMonths = /^y/.test(en[2]) ? 12 : 1;
    return addMonths(today, -Math.round(n * unitMonths + (en[3] ? unitMonths / 2 : 0)));
  }
  if (/上上个?月/.test(text)) return addMonths(today, -2);
  if (/上个?月|\blast month\b/.test(text)) return addMonths(today, -1);
  if (/这个?月|本月|\bthis month\b/.test(text)) return today;
  return undefined;
}

/** A month, or 'ambiguous' for 05/03/2025 (May or March? the writer's country decides; we ask). */
function monthOf(text: string, year: number | undefined): number | 'ambiguous' | undefined {
  const zh = text.match(/(?:^|[^\d])(\d{1,2})\s*月/);
  if (zh) return Number(zh[1]);
  const iso = text.match(/(?:^|\D)(?:19|20)\d{2}\s*[-/.]\s*(\d{1,2})(?!\d)/);
  if (iso) return Number(iso[1]);
  const dayMonth = text.match(/(?:^|[^\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(?:19|20)?\d{2})?(?![\d/])/);
  if (dayMonth) {
    const [a, b] = [Number(dayMonth[1]), Number(dayMonth[2])];
    if (a > 12 && b <= 12) return b;
    if (b > 12 && a <= 12) return a;
    if (a === b) return a;
    return /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(dayMonth[0]) ? 'ambiguous' : a;
  }
  const en = englishMonth(text);
  if (en) return en;
  return holidayMonth(text, year);
}

function check(value: YearMonth, today: YearMonth): Reading {
  const index = value.year * 12 + value.month;
  if (index > today.year * 12 + today.month) return { kind: 'invalid', field: FIELD, reason: 'future' };
  if (value.year < today.year - 30) return { kind: 'invalid', field: FIELD, reason: 'too_old' };
  return { kind: 'value', field: FIELD, value: formatYearMonth(value) };
}

/** "去年12月20号", "2025-03-12": the day too, since a warranty ends on a day (issue 14: 12-20 was stored as 12-01). */
function withDay(reading: Reading, text: string, todayDate: string): Reading {
  if (reading.kind !== 'value') return reading;
  const day = text.match(/\d\s*月\s*(\d{1,2})\s*[日号]?/)?.[1] ?? text.match(/(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(\d{1,2})(?!\d)/)?.[1];
  if (!day) return reading;
  const [y, m] = reading.value.split('-').map(Number);
  const date = validDate(y, m, Number(day));
  return date && date <= todayDate ? { ...reading, date } : reading;
}

/**
 * A purchase month from what customers write. Only a year (去年, 2023年) is `partial`: the month
 * decides the warranty, so it is asked, never guessed (issue 14: 去年 alone was stored as January).
 */
export function readPurchaseDate(lower: string, todayDate: string): Reading | undefined {
  const corrected = afterSelfCorrection(lower);
  return (corrected !== lower ? readFrom(corrected, todayDate) : undefined) ?? readFrom(lower, todayDate);
}

function readFrom(lower: string, todayDate: string): Reading | undefined {
  const { year: ty, month: tm } = parseDay(todayDate);
  const today = { year: ty, month: tm };
  const text = digitsForNumerals(lower.replace(/双十一/g, '双11').replace(/双十二/g, '双12').replace(/阴历|农历/g, '').replace(/八月十五/g, '中秋').replace(/正月十五/g, '元宵'));
  // "about 2 years back, Oct 2024 I think": a month and year said outright outweigh the count around them.
  const stated = absoluteYear(text, today);
  const statedMonth = stated !== undefined ? monthOf(text, stated) : undefined;
  if (stated !== undefined && typeof statedMonth === 'number' && relativeYear(text) === undefined) {
    // "2025年13月" is a slip, not a month: say so rather than store 2025-13.
    if (statedMonth < 1 || statedMonth > 12) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    return withDay(check({ year: stated, month: statedMonth }, today), text, todayDate);
  }
  // "琴日先買" (yesterday), "this week": days ago are this month or the last.
  const days = /前天|昨天|今天|这几天|这周|这个?星期|上周|上个?星期|上个?礼拜|\b(yesterday|today|this week|last week|the other day)\b/.exec(text);
  if (days && !/年|月|\b(year|month)\b/.test(text)) return check(parseDayMonth(addDays(todayDate, /上|last/.test(days[0]) ? -7 : /前天/.test(days[0]) ? -2 : /昨天|yesterday/.test(days[0]) ? -1 : 0)), today);
  const back = ago(text, today, todayDate);
  if (back === 'vague') return saysDontKnow(text) ? { kind: 'dont_know' } : { kind: 'partial', field: FIELD, known: {} };
  if (back) return check(back, today);
  const offset = relativeYear(text);
  const year = offset !== undefined ? ty - offset : absoluteYear(text, today);
  // "去年过年前后" may be January or February: asked. "去年中秋节前一个礼拜" is September.
  const span = year !== undefined && !/\d\s*月/.test(text) ? holidaySpanMonths(text, year) : undefined;
  if (span && span[0] !== span[1]) return { kind: 'partial', field: FIELD, known: { year } };
  const month = span ? span[0] : monthOf(text, year);
  if (month === 'ambiguous') return { kind: 'partial', field: FIELD, known: { year } };
  if (month === undefined && PART_OF_YEAR.test(text) && year !== undefined) return { kind: 'partial', field: FIELD, known: { year } };
  if (month === undefined && VAGUE.test(text)) return { kind: 'partial', field: FIELD, known: { year } };
  if (year !== undefined && month !== undefined) {
    if (month < 1 || month > 12) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    return withDay(check({ year, month }, today), text, todayDate);
  }
  if (year !== undefined) return year > ty ? { kind: 'invalid', field: FIELD, reason: 'future' } : { kind: 'partial', field: FIELD, known: { year } };
  if (month !== undefined && month >= 1 && month <= 12) {
    if (namesHoliday(text) && !/\d\s*月|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(text)) {
      const last = lastHoliday(text, today);
      if (last) return check(/\blast\b/.test(text) && last.year === ty ? { year: ty - 1, month: holidayMonth(text, ty - 1)! } : last, today);
    }
    // "三月份": the latest March not after this month. "last May" is last year's May (corpus labels).
    const thisYear = /\blast\b|上一个/.test(text) ? false : month <= tm;
    return check({ year: thisYear ? ty : ty - 1, month }, today);
  }
  if (saysDontKnow(text)) return { kind: 'dont_know' };
  return undefined;
}
