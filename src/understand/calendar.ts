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

/**
 * French date words in an English reply ("demain morning?", "in janvier this year", "juillet 2024"), as our
 * French-speaking customers mix them in: folded to the English the date readers know. Word-bounded, flat.
 */
const FRENCH: ReadonlyArray<[RegExp, string]> = [
  [/\bapr[eè]s[- ]demain\b/g, 'the day after tomorrow'], [/\bdemain\b/g, 'tomorrow'], [/\baujourd'?hui\b/g, 'today'],
  [/\bapr[eè]s[- ]midi\b/g, 'afternoon'], [/\bmatin(?:[ée]e)?\b/g, 'morning'], [/\bsoir(?:[ée]e)?\b/g, 'evening'],
  [/\blundi\b/g, 'monday'], [/\bmardi\b/g, 'tuesday'], [/\bmercredi\b/g, 'wednesday'], [/\bjeudi\b/g, 'thursday'],
  [/\bvendredi\b/g, 'friday'], [/\bsamedi\b/g, 'saturday'], [/\bdimanche\b/g, 'sunday'],
  [/\bjanvier\b/g, 'january'], [/\bf[ée]vrier\b/g, 'february'], [/\bmars\b/g, 'march'], [/\bavril\b/g, 'april'],
  [/\bmai\b/g, 'may'], [/\bjuin\b/g, 'june'], [/\bjuillet\b/g, 'july'], [/\bao[uû]t\b/g, 'august'],
  [/\bseptembre\b/g, 'september'], [/\boctobre\b/g, 'october'], [/\bnovembre\b/g, 'november'], [/\bd[ée]cembre\b/g, 'december'],
];

export function foldFrenchDates(lower: string): string {
  if (!/(?:demain|hui|midi|matin|soir|di\b|vier|vrier|mars|avril|\bmai\b|juin|juillet|ao[uû]t|bre\b)/.test(lower)) return lower;
  let out = lower;
  for (const [pattern, replacement] of FRENCH) out = out.replace(pattern, replacement);
  return out;
}

