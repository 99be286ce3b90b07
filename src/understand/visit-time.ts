import { BUSY } from './busy.js';
import { EN_WEEKDAY_TAIL, addDays, englishMonth, foldFrenchDates, parseDay, validDate, weekday } from './calendar.js';
import type { Period, Reading } from './reading.js';
import { digitsForNumerals, pinyinDates, zhNumber } from './zh-numbers.js';
import { festivalDay } from './holidays.js';
import { afterSelfCorrection } from './segments.js';

const FIELD = 'visit_time' as const;
const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 七: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A clock time → period, by the corpus rule: ≤ 12:00 morning, to 18:00 afternoon, later evening. */
function periodOfHour(hour: number, hint?: Period): Period {
  if (hint === 'afternoon' || hint === 'evening') hour = hour < 12 ? hour + 12 : hour;
  if (hour <= 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

const PERIOD_WORDS: ReadonlyArray<[Period, RegExp]> = [
  ['any', /全天|一整天|整天|一天都|上午下午都|上下午都|(上午|早上)(或者?|还是|和|跟)(下午)都|什么时间都|啥时候都|哪个时间都|\b(all day|any time of day|(the )?whole day|full day|morning or afternoon)\b/],
  ['any', /都在家|都行|都可以|都可已|随时|随便|越快越好|越早越好|\b(any ?time|whenever|asap)\b/],
  ['afternoon', /下午|下半天|下半日|午后|吃完(午)?饭|午饭后|午觉后|\bafter school\b|\bafternoon\b|\baft(n|ernoon)?\b|\barvo\b|\bpm\b|p\.m\.|after lunch|post lunch/],
  ['evening', /晚上|傍晚|傍黑|擦黑|听晚|晚饭|夜里|今晚|明晚|\bevening\b|\bnight\b|\btonight\b|after work|下班后/],
  ['morning', /上午|上半天|上半日|上昼|早起(?!来|床)|早上|头午|前午|听朝|今朝|早晨|一早|明早|大早|清早|\bmorning\b|(?<!ma')\bam\b(?!\s+\d{1,2}\.\d)|a\.m\./],
  ['morning', /中午|\bnoon\b|\bmidday\b/],
];

/** Said right after a period, a reason it is not free ("上午下地 下晌中", "上午要上班"). */
const BUSY_AFTER = /^(?:我|俺)?要?(?:下地|干活|上班|上课|加班|开会|有事|没空|不行|不在|不方便|没时间|出门|\s*(?:is|i'?m)?\s*(?:busy|no good|not free|can'?t|cannot))/;

/** Where a period is first said without being ruled out right after it; -1 when never. */
function firstFree(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, 'g');
  for (const hit of text.matchAll(global)) {
    if (!BUSY_AFTER.test(text.slice((hit.index ?? 0) + hit[0].length, (hit.index ?? 0) + hit[0].length + 12))) return hit.index ?? 0;
  }
  return -1;
}

/** The period mentioned first ("明天上午 下午我要睡午觉" is the morning); "any" wins when said. */
function periodHint(text: string): Period | undefined {
  let best: { period: Period; at: number } | undefined;
  let weakAny = false;
  for (const [index, [period, pattern]] of PERIOD_WORDS.entries()) {
    const at = firstFree(text, pattern);
    if (at < 0) continue;
    if (index === 0) return 'any';
    if (period === 'any') { weakAny = true; continue; }
    if (!best || at < best.at) best = { period, at };
  }
  return best?.period ?? (weakAny ? 'any' : undefined);
}

function readPeriod(text: string): Period | undefined {
  const hint = periodHint(text);
  if (hint === 'any') return hint;
  const clock = text.match(/(\d{1,2})\s*(?::|：|点|時|时|ish\b|\s?(?:am|pm|a\.m|p\.m|o'?clock))/) ?? text.match(/\b(?:after|before|around|by|at|from|between|like|about)\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th|号|日)\b)/);
  if (clock) {
    const hour = Number(clock[1]);
    // "Nov 20 am": a day number before am/pm is no hour.
    const dayBeforeAm = hour > 12 && /^\d{1,2}\s*(am|a\.m)/.test(clock[0]);
    if (hour <= 23 && !dayBeforeAm) {
      const pm = /(\d)\s*(pm|p\.m)/.test(text);
      const noon = /中午|noon/.test(text);
      if (hint === 'morning' && hour <= 11 && !noon) return 'morning';
      if (noon && hour >= 1 && hour <= 5) return 'afternoon';
      // A bare "3点" is 15:00 to anyone booking a visit; 1–7 without a period are afternoon hours.
      const h = pm && hour < 12 ? hour + 12 : hint === undefined && hour >= 1 && hour <= 7 ? hour + 12 : hour;
      // "12点半", "12:30": past noon is the afternoon.
      const minutes = text.slice((clock.index ?? 0) + clock[0].length).match(/^\s*(半|[0-5]\d)/)?.[1];
      if (h === 12 && minutes && minutes !== '00') return 'afternoon';
      return periodOfHour(h, hint);
    }
  }
  return hint;
}

function nextWeekday(target: number, today: string, week: 'this' | 'next' | 'after' | undefined): string {
  const current = weekday(today);
  if (!week) return addDays(today, (target - current + 7) % 7 || 7);
  const mondayOffset = (current + 6) % 7;
  const thisMonday = addDays(today, -mondayOffset);
  const weeks = week === 'this' ? 0 : week === 'next' ? 1 : 2;
  return addDays(thisMonday, weeks * 7 + ((target + 6) % 7));
}

function weekWord(prefix: string | undefined): 'this' | 'next' | 'after' | undefined {
  if (!prefix) return undefined;
  if (/下下|after next/.test(prefix)) return 'after';
  if (/下|next/.test(prefix)) return 'next';
  return 'this';
}

/** The day of a given day number: this month if still ahead, else next month. */
function dayOfMonth(day: number, today: string, nextMonth = false): string | undefined {
  const t = parseDay(today);
  const here = validDate(t.year, t.month, day);
  if (here && here >= today && !nextMonth) return here;
  const next = t.month === 12 ? { year: t.year + 1, month: 1 } : { year: t.year, month: t.month + 1 };
  return validDate(next.year, next.month, day);
}

function monthDay(month: number, day: number, today: string): string | undefined {
  const year = parseDay(today).year;
  const date = validDate(year, month, day);
  if (!date) return undefined;
  // A date more than two months behind is next year's; a nearer one is a past date, said as such.
  return date < addDays(today, -60) ? validDate(year + 1, month, day) : date;
}

/** `weekend` stands for any span of days (周末, 下周) that still needs the day itself. */
/** 11/23 is month/day, 23/11 day/month; 08/06 is settled by a weekday said beside it, else the nearer date. */
function slashDate(a: number, b: number, text: string, today: string): string | undefined {
  const md = a <= 12 ? monthDay(a, b, today) : undefined;
  const dm = b <= 12 ? monthDay(b, a, today) : undefined;
  if (!md || !dm) return md ?? dm;
  const said = EN_WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}`).test(text));
  const zhSaid = text.match(/(?:周|星期|礼拜)([日天一二三四五六])/)?.[1];
  const target = said >= 0 ? said : zhSaid ? ZH_WEEKDAYS[zhSaid] : -1;
  if (target >= 0) return weekday(md) === target ? md : weekday(dm) === target ? dm : md;
  const ahead = [md, dm].filter((d) => d >= today).sort();
  return ahead[0] ?? md;
}

/** Days a visit is dated by ("元旦那天", "初三上午", "christmas eve"): the next such day; a span around one (节前, 前后) stays asked. */
const FESTIVAL_DAYS: ReadonlyArray<[RegExp, string]> = [
  [/元旦|\bnew year'?s day\b/, '01-01'], [/平安夜|平安晚上|\bchristmas eve\b/, '12-24'], [/圣诞|\bchristmas( day)?\b|\bxmas\b/, '12-25'], [/\bboxing day\b/, '12-26'],
];
const MOVING_DAYS: ReadonlyArray<[RegExp, Parameters<typeof festivalDay>[0]]> = [[/除夕|年三十/, 'eve'], [/元宵/, 'lantern'], [/端午/, 'dragonBoat'], [/中秋/, 'midAutumn']];

function festivalDate(text: string, today: string): string | undefined {
  const year = parseDay(today).year;
  const span = (at: number) => /^.{0,3}(前|后|左右|期间|假期|\b(before|after|around|holidays?|week)\b)/.test(text.slice(at));
  const ahead = (dates: Array<string | undefined>) => dates.filter((d): d is string => Boolean(d) && d! >= today).sort()[0];
  for (const [pattern, monthDay] of FESTIVAL_DAYS) {
    const hit = pattern.exec(text);
    if (hit && !span(hit.index + hit[0].length)) return ahead([`${year}-${monthDay}`, `${year + 1}-${monthDay}`]);
  }
  for (const [pattern, name] of MOVING_DAYS) {
    const hit = pattern.exec(text);
    if (hit && !span(hit.index + hit[0].length)) return ahead([festivalDay(name, year), festivalDay(name, year + 1)]);
  }
  // 初三: the third day of the new year, when the Spring Festival is near (from three weeks before to its lantern day).
  const lunar = text.match(/(?<![月\d])初([一二三四五六七八九十]|\d{1,2})(?![\d中])/);
  if (lunar) {
    const n = zhNumber(lunar[1]) ?? 0;
    for (const y of [year, year + 1]) {
      const first = festivalDay('spring', y);
      if (first && n >= 1 && n <= 15 && addDays(first, -21) <= today && today <= addDays(first, 15)) return festivalDay('spring', y, n);
    }
  }
  return undefined;
}

/** Right after a weekday, the customer saying it is taken ("周四我没空", "礼拜五要上班"). */
const WEEKDAY_BUSY = /^(?:我|俺|额)?(?:要|得)?(?:没|不(?!错)|有事|上班|加班|开会|出差|下地)/;

type Day = { date: string } | { weekend: true; week?: 'this' | 'next' | 'after' } | undefined;

function readDay(text: string, today: string): Day {
  if (/大后天/.test(text)) return { date: addDays(today, 3) };
  if (/后天|\bday after tomorrow\b/.test(text)) return { date: addDays(today, 2) };
  if (/明天|听晚|听朝|明早|明晚|明儿|\btomorrow\b|\btmr\b|\btmrw\b|\btomorow\b|\btommorow\b/.test(text)) return { date: addDays(today, 1) };
  if (/今天|今晚|今早|今儿|\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b/.test(text)) return { date: today };
  if (/昨天|\byesterday\b/.test(text)) return { date: addDays(today, -1) };
  const iso = text.match(/(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/);
  if (iso) return { date: validDate(+iso[1], +iso[2], +iso[3]) ?? '' };
  const zh = text.match(/(\d{1,2})\s*月\s*(\d{1,2})(?!\d)/);
  if (zh) { const d = monthDay(+zh[1], +zh[2], today); if (d) return { date: d }; }
  const dotted = text.match(/(?:^|[^\d.])(\d{1,2})\.(\d{1,2})(?![\d.])\s*(?=上午|下午|晚上|早上|中午|号|日)/);
  if (dotted) { const d = monthDay(+dotted[1], +dotted[2], today); if (d) return { date: d }; }
  // "on the 04.01.", "am 4.1.": a day, a dot, a month and a closing dot are written day first (German).
  const dayFirst = text.match(/(?:^|[^\d.:])(\d{1,2})\.(\d{1,2})\.(?!\d)/);
  if (dayFirst) { const d = monthDay(+dayFirst[2], +dayFirst[1], today); if (d) return { date: d }; }
  const slash = text.match(/(?:^|\D)(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/);
  if (slash) { const d = slashDate(+slash[1], +slash[2], text, today); if (d) return { date: d }; }
  const enMonth = englishMonth(text);
  if (enMonth) {
    const day = text.match(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/) ?? text.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|am|pm|o'?clock|点))/);
    if (day) { const d = monthDay(enMonth, +day[1], today); if (d) return { date: d }; }
  }
  // The last weekday said is the one meant ("周四 不对周四我开会 周五").
  // A weekday whose own clause rules it out ("周四我没空", "周五不行") is not the one meant; "星期五我休息" is.
  const zhWeek = [...text.matchAll(/(这个?|本|(?<!一)下下个?|(?<!一)下个?|这一个)?\s*(?:周|星期|礼拜)\s*([日天一二三四五六七])(?!有|没|不)/g)]
    .filter((m) => !WEEKDAY_BUSY.test(text.slice((m.index ?? 0) + m[0].length))).pop();
  if (zhWeek) return { date: nextWeekday(ZH_WEEKDAYS[zhWeek[2]], today, weekWord(zhWeek[1])) };
  // "Thrusday", "Wendesday": the common misspellings of a weekday are the weekday.
  const enWeek = text.replace(/\bthr(?=[a-z]*day\b)/g, 'thu').replace(/\bwen(?=[a-z]*day\b)/g, 'wed').match(new RegExp(`\\b(this|next|coming|the following)?\\s*(?:week\\s+)?(sun|mon|tue|wed|thu|fri|sat)${EN_WEEKDAY_TAIL}\\b`));
  if (enWeek && !/\bsat(isf|ur(?!day))/.test(text.slice(enWeek.index ?? 0))) {
    const week = /after next/.test(text) ? 'after' : enWeek[1] === 'next' ? 'next' : enWeek[1] === 'this' ? 'this' : undefined;
    const date = nextWeekday(EN_WEEKDAYS.indexOf(enWeek[2]), today, week);
    // "Tuesday week" (British): the Tuesday after the coming one.
    return { date: new RegExp(`\\b${enWeek[2]}[a-z]*\\s+week\\b`).test(text) ? addDays(date, 7) : date };
  }
  // "下个月20号", "the 3 of next month": a day number in the month after this one.
  const dayNumber = text.match(/(\d{1,2})\s*(?:号|日)/) ?? text.match(/\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/) ?? text.match(/\bthe (\d{1,2})\s+of\b/)
    // "the 11 in the evening": a bare number after "the", with a part of the day, is the day of the month.
    ?? text.match(/\bthe (\d{1,2})\s+(?:in the )?(?:morning|afternoon|evening|night)\b/);
  if (dayNumber) { const d = dayOfMonth(+dayNumber[1], today, /下个?月|\bnext month\b/.test(text)); if (d) return { date: d }; }
  const weekend = text.match(/(这个?|本|下下个?|下个?)?\s*(周末|礼拜六日|星期六日)|\b(this|next)?\s*weekend\b/);
  if (weekend) return { weekend: true, week: weekWord(weekend[1] ?? weekend[3]) };
  const festival = festivalDate(text, today);
  if (festival) return { date: festival };
  if (/(这|本|下下?)个?(周|星期|礼拜)|\b(this|next) week\b|过几天|过两天|过2天|改天|\bsoon\b|asap|越快越好|尽快|端午|中秋|国庆|春节|过年|节前|节后/.test(text)) return { weekend: true };
  return undefined;
}

/**
 * A visit day and half-day. A day without a period, a period without a day, or 周末 without the
 * day are `partial` (a careful agent asks); past days are `invalid`. Today is a value: what the
 * customer meant is clear, and the dialog says "same-day visits go through…" (issue 14).
 */
/** A clause that rules a time out ("周四我没空", "sat morning cannot already", "明天不行"): the time in it is not the one wanted. */
const UNAVAILABLE = BUSY;
/** "改周日下午", "change to sun afternoon", "make it Thursday": the clause with the wanted time. */
const WANTED = /改|换|\b(change|make it|move|switch|instead|rather|prefer|better)\b/;

function wantedPart(text: string): string {
  // A day named starts a clause ("礼拜日上昼先得闲礼拜六我要去饮酒"), but not inside 下周一 / 这周六.
  const clauses = text.split(/[,，。.;；!！?？]+|\s+|(?=改(?!天)|换成|换到|平时|平常|平日)|(?<![上下这本])(?=(?:周|星期|礼拜)[一二三四五六日天])|(?<=不行了?|没空|加班|上班|开会|吧|嘛)/).filter((c) => c.trim())
    // "改 | 周六上午": a change word cut off before the day it names belongs to it.
    .reduce<string[]>((out, c) => {
      if (out.length && /^(?:时间)?(?:改|换)(?:成|到|为|在)?$/.test(out[out.length - 1])) out[out.length - 1] += c;
      else out.push(c);
      return out;
    }, []);
  // "平时要上班" says why, not which day: a habit rules nothing out.
  const ruledOut = (c: string) => UNAVAILABLE.test(c) && !/不(上班|加班|开会)|没事|平时|平常|平日|\bnot (busy|working)\b|\b(usually|weekdays)\b/.test(c) && !WANTED.test(c);
  if (clauses.length < 2) return text;
  if (!clauses.some(ruledOut)) return changedTo(clauses) ?? text;
  const kept = clauses.filter((c) => !ruledOut(c));
  const wanted = kept.filter((c) => WANTED.test(c));
  const chosen = (wanted.length ? wanted : kept).join(' ');
  // "明天上午不行 下午可以": the period was ruled out, not the day; the day carries over to the clause kept.
  const carried = clauses.filter((c) => ruledOut(c) && PERIOD_WORDS.some(([period, pattern]) => period !== 'any' && pattern.test(c))).map((c) => c.match(DAY_WORDS)?.[0]).find(Boolean);
  if (chosen && carried && !new RegExp(DAY_WORDS.source).test(chosen)) return `${carried} ${chosen}`;
  return chosen || text;
}

/**
 * "改成下午吧上午要带娃去体检", "时间改周六上午吧 周五要进货": the clause with the change word holds the time
 * wanted, when it says all that the other times say (a day, a period); the others only give reasons.
 * "改成周六吧 上午" is one time said in two clauses, and stays whole.
 */
function changedTo(clauses: string[]): string | undefined {
  const kinds = (c: string) => [new RegExp(DAY_WORDS.source).test(c) || /\d\s*(号|日)/.test(c), PERIOD_WORDS.some(([period, pattern]) => period !== 'any' && pattern.test(c))];
  const wanted = clauses.filter((c) => WANTED.test(c) && kinds(c).some(Boolean));
  if (wanted.length !== 1) return undefined;
  const has = kinds(wanted[0]);
  const others = clauses.filter((c) => c !== wanted[0] && kinds(c).some(Boolean));
  if (!others.length || !others.every((c) => kinds(c).every((k, i) => !k || has[i]))) return undefined;
  return wanted[0];
}

/** "31号之前", "before the 5th": a deadline, not a day; the day itself is asked. */
const BY_DATE = /\d\s*(号|日)\s*(之前|以前|前)|\b(before|by) (the \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th))\b(?!\s*(:|am|pm|o'?clock))/;
/** Noon with no hour ("后天中午") sits between the morning and afternoon visits: asked. */
const NOON_ONLY = /中午|\bnoon\b|\bmidday\b/;

/** Day words, to tell "周六或者周日" (two days offered, asked) from one day. */
const DAY_WORDS = /大后天|后天|明天|今天|(?:周|星期|礼拜)[日天一二三四五六七]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:tomorrow|today|tonight)\b/g;
const OFFERS_EITHER = /或者?|还是|或是|都(可以|行|得|ok)|\bor\b|\beither\b/;

function twoDaysOffered(text: string): boolean {
  // "这礼拜四五都行": two weekdays after one 礼拜.
  if (/明后天|明天后天|今明两天|(?:周|星期|礼拜)[一二三四五六日天]、?[二三四五六日天](?![点号:：十天个次])|\btoday or tomorrow\b/.test(text)) return true;
  const days = new Set((text.match(DAY_WORDS) ?? []).map((d) => d.replace(/^(星期|礼拜)/, '周').replace(/周天/, '周日').slice(0, 3)));
  return days.size >= 2 && OFFERS_EITHER.test(text);
}

/** "如果周六不行的话周日上午也可以", "if Saturday doesn't work, Sunday": what follows is the second choice. */
const FALLBACK = /(如果|要是|万一|假如)[^，,。.]{0,12}(不行|没空|不方便|排不上|约不上|没有)|\bif (that|it|this|\w+day) (doesn'?t|does not|won'?t|can'?t|isn'?t)\b|\botherwise\b/;

/** The first choice, when a second one follows it ("这周六上午比较方便，如果周六不行的话周日上午也可以"). */
function firstChoice(text: string, today: string): string {
  const at = text.search(FALLBACK);
  return at > 0 && readDay(text.slice(0, at), today) ? text.slice(0, at) : text;
}

export function readVisitTime(lower: string, today: string): Reading | undefined {
  const reading = readVisitOnce(lower, today);
  // "yesterday evening would've been perfect lol. ok Friday evening": a day gone by, then the one meant.
  if (reading?.kind === 'invalid' && reading.reason === 'past') {
    const last = lower.split(/[.。!！;；]+\s*/).filter((c) => c.trim()).at(-1);
    const later = last && last !== lower.trim() ? readVisitOnce(last, today) : undefined;
    if (later?.kind === 'value') return later;
  }
  return reading;
}

function readVisitOnce(lower: string, today: string): Reading | undefined {
  // "the day after the morra" (Scots): tomorrow.
  const written = foldFrenchDates(lower).replace(/\bthe morra\b|\bthe morrow\b/g, 'tomorrow');
  const text = digitsForNumerals(wantedPart(firstChoice(afterSelfCorrection(pinyinDates(written)), today)));
  const day = readDay(text, today);
  if (day && twoDaysOffered(text)) return { kind: 'partial', field: FIELD, known: { period: readPeriod(text) } };
  let period = readPeriod(text);
  if (period === 'morning' && NOON_ONLY.test(text) && !/\d\s*(点|:|：|am|pm)|上午|早上|morning/.test(text)) period = undefined;
  if (day && BY_DATE.test(text)) return { kind: 'partial', field: FIELD, known: { period } };
  if (day && 'weekend' in day) {
    return { kind: 'partial', field: FIELD, known: { period } };
  }
  if (day) {
    if (!day.date) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
    if (day.date < today) return { kind: 'invalid', field: FIELD, reason: 'past' };
    if (!period) return { kind: 'partial', field: FIELD, known: { date: day.date } };
    return { kind: 'value', field: FIELD, value: `${day.date} ${period}`, visit: { date: day.date, period } };
  }
  if (period) return { kind: 'partial', field: FIELD, known: { period } };
  return undefined;
}

