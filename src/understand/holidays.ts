import type { YearMonth } from './calendar.js';

/**
 * Lunar and Hindu festivals move in the Gregorian calendar, and the month decides the warranty.
 * Months of each festival by year (Hong Kong Observatory / timeanddate.com calendars, 2019–2027).
 */
const BY_YEAR: Record<string, Record<number, number>> = {
  spring: { 2019: 2, 2020: 1, 2021: 2, 2022: 2, 2023: 1, 2024: 2, 2025: 1, 2026: 2, 2027: 2 },
  lantern: { 2019: 2, 2020: 2, 2021: 2, 2022: 2, 2023: 2, 2024: 2, 2025: 2, 2026: 3, 2027: 2 },
  dragonBoat: { 2019: 6, 2020: 6, 2021: 6, 2022: 6, 2023: 6, 2024: 6, 2025: 5, 2026: 6, 2027: 6 },
  midAutumn: { 2019: 9, 2020: 10, 2021: 9, 2022: 9, 2023: 9, 2024: 9, 2025: 10, 2026: 9, 2027: 9 },
  diwali: { 2019: 10, 2020: 11, 2021: 11, 2022: 10, 2023: 11, 2024: 10, 2025: 10, 2026: 11, 2027: 10 },
};
const TYPICAL: Record<string, number> = { spring: 2, lantern: 2, dragonBoat: 6, midAutumn: 9, diwali: 10 };

const MOVING: ReadonlyArray<[RegExp, string]> = [
  [/元宵|正月十五/, 'lantern'], [/春节|过年|大年|除夕|年三十|\b(chinese|lunar) new year\b/i, 'spring'],
  [/端午|\bdragon boat\b/i, 'dragonBoat'], [/中秋|八月十五|\bmid-?autumn\b/i, 'midAutumn'], [/\bdiwali\b|\bdeepavali\b/i, 'diwali'],
];

/** Shopping days and fixed holidays customers date a purchase by. */
const FIXED: ReadonlyArray<[RegExp, number]> = [
  [/双11|光棍节|\bsingles'? day\b/i, 11], [/双12/, 12], [/618|六一八/, 6], [/国庆|十一长假/, 10], [/元旦/, 1],
  [/五一|劳动节/, 5], [/圣诞|\b(christmas|xmas)\b/i, 12], [/\bblack friday\b|黑色星期五|黑五/i, 11],
  [/\bboxing day\b/i, 12], [/\bprime day\b/i, 7], [/\bthanksgiving\b/i, 11], [/\bnew year'?s?\b|新年/i, 1],
];

export function namesHoliday(text: string): boolean {
  return MOVING.some(([p]) => p.test(text)) || FIXED.some(([p]) => p.test(text));
}

/** The month of the holiday named in `text` in `year` (a typical month when the year is unknown). */
export function holidayMonth(text: string, year?: number): number | undefined {
  const moving = MOVING.find(([pattern]) => pattern.test(text));
  if (moving) return (year !== undefined ? BY_YEAR[moving[1]][year] : undefined) ?? TYPICAL[moving[1]];
  return FIXED.find(([pattern]) => pattern.test(text))?.[1];
}

/** The latest occurrence of the holiday not after today. */
export function lastHoliday(text: string, today: YearMonth): YearMonth | undefined {
  const thisYear = holidayMonth(text, today.year);
  if (thisYear === undefined) return undefined;
  if (thisYear <= today.month) return { year: today.year, month: thisYear };
  return { year: today.year - 1, month: holidayMonth(text, today.year - 1)! };
}
