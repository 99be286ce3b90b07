import type { VisitSlot } from './ticket.js';
import { addDays, weekday } from './local-date.js';

const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Reads a preferred visit time: 明天上午, 后天下午, 周三晚上, 11月25日上午, 2026-11-25 afternoon,
 * tomorrow morning, next Friday afternoon. No period given → morning. Only future days count:
 * the engineer cannot come in the past, and same-day visits go through the urgent path.
 */
export function parseVisitSlot(text: string, today: string): VisitSlot | undefined {
  const lower = text.toLowerCase();
  const date = readDay(lower, today);
  if (!date || date <= today) return undefined;
  return { date, period: readPeriod(lower) };
}

function readPeriod(text: string): VisitSlot['period'] {
  if (/下午|午后|afternoon|pm\b/.test(text)) return 'afternoon';
  if (/晚上|傍晚|evening|night/.test(text)) return 'evening';
  return 'morning';
}

function readDay(text: string, today: string): string | undefined {
  if (/大后天/.test(text)) return addDays(today, 3);
  if (/后天|day after tomorrow/.test(text)) return addDays(today, 2);
  if (/明天|明早|tomorrow/.test(text)) return addDays(today, 1);
  const iso = text.match(/(\d{4})[-/](\d{1,2})[-/](\d{1,2})/);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  const zhDate = text.match(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/);
  if (zhDate) return nextOccurrence(+zhDate[1], +zhDate[2], today);
  const enDate = text.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/)
    ?? text.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/);
  if (enDate) {
    const [monthWord, day] = /\d/.test(enDate[1]) ? [enDate[2], enDate[1]] : [enDate[1], enDate[2]];
    return nextOccurrence(EN_MONTHS.indexOf(monthWord) + 1, +day, today);
  }
  const zhWeek = text.match(/(下个?|下下)?(?:周|星期|礼拜)([一二三四五六日天])/);
  if (zhWeek) return nextWeekday(ZH_WEEKDAYS[zhWeek[2]], today, Boolean(zhWeek[1]));
  const enWeek = EN_WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}[a-z]*\\b`).test(text));
  if (enWeek >= 0) return nextWeekday(enWeek, today, /\bnext\b/.test(text));
  return undefined;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function nextOccurrence(month: number, day: number, today: string): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = Number(today.slice(0, 4));
  const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return candidate > today ? candidate : `${year + 1}${candidate.slice(4)}`;
}

/**
 * 周三 / Wednesday: the next Wednesday after today. 下周三 / next Wednesday: the Wednesday of next
 * calendar week (weeks start on Monday, as Chinese calendars print them).
 */
function nextWeekday(target: number, today: string, nextWeek: boolean): string {
  const current = weekday(today);
  if (!nextWeek) return addDays(today, (target - current + 7) % 7 || 7);
  const toNextMonday = (1 - current + 7) % 7 || 7;
  return addDays(today, toNextMonday + ((target + 6) % 7));
}

/** Slots after `from`, in order, for offering alternatives when the requested one is full. */
export function slotsAfter(from: VisitSlot, count: number): VisitSlot[] {
  const periods: VisitSlot['period'][] = ['morning', 'afternoon', 'evening'];
  const out: VisitSlot[] = [];
  let date = from.date;
  let index = periods.indexOf(from.period) + 1;
  while (out.length < count) {
    if (index >= periods.length) { index = 0; date = addDays(date, 1); }
    out.push({ date, period: periods[index] });
    index += 1;
  }
  return out;
}
