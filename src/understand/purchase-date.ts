import { addDays, addMonths, englishMonth, foldFrenchDates, formatYearMonth, parseDay, validDate, type YearMonth } from './calendar.js';
import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';
import { holidayMonth, holidaySpanMonths, lastHoliday, namesHoliday } from './holidays.js';
import { afterSelfCorrection } from './segments.js';
import { digitsForNumerals, pinyinDates } from './zh-numbers.js';

const FIELD = 'purchase_date' as const;

/** Parts of a year (年初, 年底): the customer knows the year, not the month; it is asked (corpus labels). */
const PART_OF_YEAR = /年初|年头|开年|年中|年底|年末|年尾|上半年|下半年|\b(early|mid|late|beginning of|start of|end of|middle of)\b/;
/** Dated by a life event or a season: a careful agent asks. */
const VAGUE = /的时候|那年|那会|那阵|那一年|夏天|冬天|春天|秋天|暑假|寒假|\b(summer|winter|spring|autumn|fall|a few months|some months|a while)\b/;
/** A season names no month ("summer 2024", "like 2 yrs ago? summer i think"): asked, whatever count is around it. */
const SEASON = /夏天|冬天|春天|秋天|暑假|寒假|\b(summer|winter|spring|autumn)\b/;
/** The customer says the month is what they forgot ("确切月份已不复记忆", "具体几月忘了", "can't remember the month"). */
const MONTH_FORGOTTEN = /(具体|确切|哪个|几)(月|个月).{0,8}(忘|记不|不记|不复|想不起|不清楚|不确定)|月份.{0,6}(忘|记不|不记|不复|想不起|不清楚)|\b(forgot|forget|don'?t remember|can'?t remember|not sure (of|about)) (the|which) month\b/;
/** "唔记得" / "冇记得" / "莫得印象" and their folded forms: the customer does not remember. */
const FORGOT = /不记得|没有?记得|记不得|记不清|没有?印象|想不起|忘了|忘记了/;
/**
 * Two months offered ("三四月份", "2024年3、4月", "6月还是7月", "june or july"): the month is not
 * settled, and a careful agent asks which.
 */
const ZH_MONTH_PAIR = /(?<![\d十])(十一|[一二三四五六七八九])(十二|十|[二三四五六七八九])\s*月/;
const MONTH_RANGE = /(\d{1,2})\s*月?份?\s*(?:或者?|或是|还是|定系|定是|抑或|到|至|、|~|-|～|\bor\b|\bto\b)\s*(\d{1,2})\s*月/;
const EN_MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const EN_MONTH_RANGE = new RegExp(String.raw`\b(${EN_MONTH_WORD})\s*(?:or|to|/|-|and)\s*(${EN_MONTH_WORD})\b`);

function monthPair(raw: string, text: string): boolean {
  const zh = raw.match(ZH_MONTH_PAIR);
  if (zh) {
    const a = zh[1] === '十一' ? 11 : '一二三四五六七八九'.indexOf(zh[1]) + 1;
    // 十一二月 is November or December.
    const b = zh[2] === '十二' || (a === 11 && zh[2] === '二') ? 12 : zh[2] === '十' ? 10 : '一二三四五六七八九'.indexOf(zh[2]) + 1;
    if (b === a + 1) return true;
  }
  const range = text.match(MONTH_RANGE);
  if (range && range[1] !== range[2] && Number(range[1]) <= 12 && Number(range[2]) <= 12 && Number(range[1]) >= 1) return true;
  const en = text.match(EN_MONTH_RANGE);
  return Boolean(en && englishMonth(en[1]) !== englishMonth(en[2]) && englishMonth(en[1]) && englishMonth(`${en[2]} 1`));
}

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
const HEDGED_YEARS = /(大概|大约|约莫|约|差不多|好像|可能|快|将近|左右).{0,4}\d{1,2}\s*年|\d{1,2}\s*年.{0,3}(左右|吧|\?|？)|\b(maybe|about|around|roughly|almost|nearly|like)\s+(\d{1,2}|a|an|one|two|three|four|five)\s+years?\b|\d\s*years? ago\s*\?|\bnot sure\b/;

/** A count of whole years ("两年前", "买了两年了", "2 years ago") settles the year, not the month (unless "this month" is said). */
type Ago = YearMonth & { yearsOnly?: boolean };

function ago(text: string, today: YearMonth, todayDate: string): Ago | 'vague' | undefined {
  if (/(好|几|多)年(前|了)|好多年|很多年|\d\s*年(多|几)|前几年|\b(few|several|many) years\b/.test(text)) return 'vague';
  if (/年(前|了|之前|以前)|years? (ago|back)/.test(text) && HEDGED_YEARS.test(text)) return 'vague';
  // "about a fortnight ago", "三个星期前": weeks land in this month or the last.
  // "a couple of weeks ago", "a few weeks back": two or three weeks.
  const weeks = text.match(/\b(a|one|two|three|\d|a couple of|couple of|a few|few)\s+(weeks?|fortnight)\s+(ago|back)\b|(\d)\s*(个)?(星期|礼拜|周)(前|之前|以前)/);
  if (weeks) {
    const n = weeks[2] === 'fortnight' ? 2 : Number(weeks[1] ?? weeks[4]) || (['a', 'one'].includes(weeks[1]) ? 1 : /two|couple/.test(weeks[1]) ? 2 : 3);
    const { year, month } = parseDay(addDays(todayDate, -7 * n));
    return { year, month };
  }
  const zh = text.match(/(\d{1,2}|半)\s*(个)?\s*(年|月)\s*(半|多)?\s*(以前|之前|前|了)/);
  if (zh) {
    const n = zh[1] === '半' ? 0.5 : Number(zh[1]);
    const months = zh[3] === '年' ? n * 12 + (zh[4] === '半' ? 6 : 0) : n + (zh[4] === '半' ? 0.5 : 0);
    if (zh[4] === '多' && zh[3] === '年') return 'vague';
    return { ...addMonths(today, -Math.round(months)), yearsOnly: zh[3] === '年' && !zh[4] && n >= 1 };
  }
  // "刚买3个月", "买了两个月": months since the purchase.
  const bought = text.match(/买了?\s*(\d{1,2})\s*个\s*月/);
  if (bought) return addMonths(today, -Number(bought[1]));
  const en = text.match(/\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a|half)\s*(years?|months?|yrs?|mos?)(\s+and\s+a\s+half)?\s+(ago|back|before)\b/);
  if (en) {
    const words = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const n = en[1].startsWith('half') ? 0.5 : en[1] === 'an' ? 1 : /\d/.test(en[1]) ? Number(en[1]) : Math.max(1, words.indexOf(en[1]));
    const unitMonths = /^y/.test(en[2]) ? 12 : 1;
    return { ...addMonths(today, -Math.round(n * unitMonths + (en[3] ? unitMonths / 2 : 0))), yearsOnly: unitMonths === 12 && !en[3] && n >= 1 };
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
  // "03/2024", "10-2023": a month with a four-digit year after it says no day.
  const monthYear = text.match(/(?:^|[^\d/.-])(\d{1,2})\s*[/.-]\s*(?:19|20)\d{2}(?![\d/-]|\.\d)/);
  if (monthYear) return Number(monthYear[1]);
  const dayMonth = text.match(/(?:^|[^\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(?:19|20)?\d{2})?(?![\d/])/);
  if (dayMonth) {
    const [a, b] = [Number(dayMonth[1]), Number(dayMonth[2])];
    if (a > 12 && b <= 12) return b;
    if (b > 12 && a <= 12) return a;
    if (a === b) return a;
    // "01.07.2025": dots with the year last are written day first (German, Russian, …); year-first dates (2025.7.1) were read above.
    if (/^\D?\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(19|20)\d{2}$/.test(dayMonth[0])) return b;
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
export function readPurchaseDate(written: string, todayDate: string): Reading | undefined {
  const lower = foldFrenchDates(written);
  // "next month" said as the date bought is a date still to come.
  if (/^(?:下个?月|next month)[\s.!?。！？]*$/.test(lower.trim())) return { kind: 'invalid', field: FIELD, reason: 'future' };
  const corrected = afterSelfCorrection(lower);
  return (corrected !== lower ? readFrom(corrected, todayDate) : undefined) ?? purchaseClause(lower, todayDate) ?? readFrom(lower, todayDate);
}

/** A clause that says the buying ("前年双十一买的", "bought it in May"): other clauses may date other events (第二次是今年三月). */
const BOUGHT = /买|购|入手|下单|装的|安装|\b(bought|purchased|ordered|got it|got this)\b/;
/** What else customers date in the same reply: a breakdown, a repair, a move. */
const OTHER_EVENT = /坏|修|换|出问题|毛病|故障|搬|第[一二三四五六七八九十\d]次|\b(broke|broken|repair|fixed|stopped|moved|failed)/;
const DATE_WORD = /\d|年|月|[一二三四五六七八九十]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|ago|christmas|xmas|easter|diwali)/;

function purchaseClause(lower: string, todayDate: string): Reading | undefined {
  const clauses = lower.split(/[，,。;；!！?？]+/).filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const bought = clauses.filter((c) => BOUGHT.test(c) && DATE_WORD.test(c));
  // Only when the other clauses date something too: otherwise the whole reply says more (月份 in the next clause).
  if (bought.length !== 1 || !clauses.some((c) => c !== bought[0] && DATE_WORD.test(c) && OTHER_EVENT.test(c))) return undefined;
  const reading = readFrom(bought[0], todayDate);
  return reading?.kind === 'value' || (reading?.kind === 'partial' && 'year' in (reading.known ?? {})) ? reading : undefined;
}

function readFrom(lower: string, todayDate: string): Reading | undefined {
  const { year: ty, month: tm } = parseDay(todayDate);
  const today = { year: ty, month: tm };
  const folded = pinyinDates(lower);
  const text = digitsForNumerals(folded.replace(/双十一/g, '双11').replace(/双十二/g, '双12').replace(/阴历|农历/g, '').replace(/八月十五/g, '中秋').replace(/正月十五/g, '元宵'));
  // "about 2 years back, Oct 2024 I think": a month and year said outright outweigh the count around them.
  const stated = absoluteYear(text, today);
  if (monthPair(folded, text)) {
    const offset = relativeYear(text);
    const year = offset !== undefined ? ty - offset : stated;
    return { kind: 'partial', field: FIELD, known: year !== undefined ? { year } : {} };
  }
  const statedMonth = stated !== undefined ? monthOf(text, stated) : undefined;
  // "summer 2024", "具体几月忘了": the year may be known, the month is what is asked.
  if ((SEASON.test(text) || MONTH_FORGOTTEN.test(text)) && !/\d\s*月/.test(text) && !englishMonth(text)) {
    const offset = relativeYear(text);
    const counted = ago(text, today, todayDate);
    const year = offset !== undefined ? ty - offset : stated ?? (typeof counted === 'object' ? counted.year : undefined);
    return { kind: 'partial', field: FIELD, known: year !== undefined ? { year } : {} };
  }
  if (stated !== undefined && typeof statedMonth === 'number' && relativeYear(text) === undefined) {
    // "2025年13月" is a slip, not a month: say so rather than store 2025-13.
    if (statedMonth < 1 || statedMonth > 12) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    return withDay(check({ year: stated, month: statedMonth }, today), text, todayDate);
  }
  // "琴日先買" (yesterday), "this week": days ago are this month or the last.
  const days = /前天|昨天|今天|这几天|这周|这个?星期|上周|上个?星期|上个?礼拜|\b(yesterday|today|this week|last week|the other day)\b/.exec(text);
  if (days && !/年|月|\b(year|month)\b/.test(text)) return check(parseDayMonth(addDays(todayDate, /上|last/.test(days[0]) ? -7 : /前天/.test(days[0]) ? -2 : /昨天|yesterday/.test(days[0]) ? -1 : 0)), today);
  const back = ago(text, today, todayDate);
  if (back === 'vague') return saysDontKnow(text) || FORGOT.test(text) ? { kind: 'dont_know' } : { kind: 'partial', field: FIELD, known: {} };
  if (back) {
    // "2 yrs ago, right before xmas": the count gives the year, the holiday the month (its occurrence nearest the count).
    const holiday = namesHoliday(text) && !/\d\s*月/.test(text) && !englishMonth(text) ? nearestHoliday(text, back, today) : undefined;
    if (holiday) return check(holiday, today);
    if (back.yearsOnly && !/这个?月|本月|\bthis month\b/.test(text)) return { kind: 'partial', field: FIELD, known: { year: back.year } };
    return check(back, today);
  }
  const offset = relativeYear(text);
  const year = offset !== undefined ? ty - offset : absoluteYear(text, today);
  // "去年过年前后" may be January or February: asked. "去年中秋节前一个礼拜" is September.
  const span = year !== undefined && !/\d\s*月/.test(text) ? holidaySpanMonths(text, year) : undefined;
  if (span && span[0] !== span[1]) return { kind: 'partial', field: FIELD, known: { year } };
  const month = span ? span[0] : monthOf(text, year);
  if (month === 'ambiguous') return { kind: 'partial', field: FIELD, known: { year } };
  if (month === undefined && PART_OF_YEAR.test(text) && year !== undefined) return { kind: 'partial', field: FIELD, known: { year } };
  // "我闺女结婚那年买的" dates the purchase by an event; "上次报修的时候…" dates something else.
  if (month === undefined && VAGUE.test(text) && (year !== undefined || BOUGHT.test(text) || SEASON.test(text) || !/[?？吗]/.test(text))) return { kind: 'partial', field: FIELD, known: { year } };
  if (year !== undefined && month !== undefined) {
    if (month < 1 || month > 12) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    return withDay(check({ year, month }, today), text, todayDate);
  }
  if (year !== undefined) return year > ty ? { kind: 'invalid', field: FIELD, reason: 'future' } : { kind: 'partial', field: FIELD, known: { year } };
  if (month !== undefined && month >= 1 && month <= 12) {
    if (namesHoliday(text) && !/\d\s*月|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(text)) {
      const last = lastHoliday(text, today);
      // "last Easter" is the latest one; said in the holiday's own month ("last Christmas" in December), last year's.
      if (last) return check(/\blast\b/.test(text) && last.year === ty && last.month === tm ? { year: ty - 1, month: holidayMonth(text, ty - 1)! } : last, today);
    }
    // "三月份": the latest March not after this month. "last May" is last year's May (corpus labels).
    const thisYear = /\blast\b|上一个/.test(text) ? false : month <= tm;
    return check({ year: thisYear ? ty : ty - 1, month }, today);
  }
  if (saysDontKnow(text) || FORGOT.test(text)) return { kind: 'dont_know' };
  return undefined;
}

/** The occurrence of the holiday named in `text` nearest to `around`, not after this month. */
function nearestHoliday(text: string, around: YearMonth, today: YearMonth): YearMonth | undefined {
  const index = (v: YearMonth) => v.year * 12 + v.month;
  const options = [around.year - 1, around.year, around.year + 1]
    .map((year) => ({ year, month: holidayMonth(text, year) }))
    .filter((v): v is YearMonth => v.month !== undefined && index(v as YearMonth) <= index(today));
  return options.sort((a, b) => Math.abs(index(a) - index(around)) - Math.abs(index(b) - index(around)))[0];
}
