/** Month arithmetic on (year, month) pairs and YYYY-MM-DD dates; pure, no time zone. */
export interface YearMonth { year: number; month: number }

export const pad2 = (n: number) => String(n).padStart(2, '0');

export function parseDay(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${pad2(month)}`;
}

// Calendar arithmetic on YYYY-MM-DD lives with the tickets' dates; one copy for both.
export { addDays, weekday } from '../tickets/local-date.js';

export function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
}

export const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month named in English ("march", "Sept", "dec."), 1–12, or undefined. "may" only as a month word beside a year or day. */
export function englishMonth(lower: string): number | undefined {
  const hit = lower.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b\.?/);
  if (!hit) return undefined;
  if (hit[1] === 'may' && !/\b(last|this|in|since|early|late|mid|of|around|about)\s+may\b|\bmay\s+(\d|of|this|last|20)|\d\s*(st|nd|rd|th)?\s+(of\s+)?may\b|^may\b/.test(lower)) return undefined;
  if (hit[1] === 'mar' && !hit[2] && /\bmar\b/.test(lower) === false) return undefined;
  return EN_MONTHS.indexOf(hit[1]) + 1;
}

/**
 * What may follow an English weekday's first three letters: "day" forms (thursday, wensday), "tues",
 * "weds", "thurs", "sat". Not "fridge", "month", "wedding", "sunny".
 */
export const EN_WEEKDAY_TAIL = '(?:[a-z]{0,6}day|s|es|e|r|rs|ur|urs)?';
