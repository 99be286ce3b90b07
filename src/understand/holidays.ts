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
  // Western Easter Sunday; Eid al-Fitr (Hari Raya Puasa, 开斋节) as Malaysia and Singapore kept it.
  easter: { 2019: 4, 2020: 4, 2021: 4, 2022: 4, 2023: 4, 2024: 3, 2025: 4, 2026: 4, 2027: 3 },
  eid: { 2019: 6, 2020: 5, 2021: 5, 2022: 5, 2023: 4, 2024: 4, 2025: 3, 2026: 3, 2027: 3 },
};
const TYPICAL: Record<string, number> = { spring: 2, lantern: 2, dragonBoat: 6, midAutumn: 9, diwali: 10, easter: 4, eid: 4 };

const MOVING: ReadonlyArray<[RegExp, string]> = [
  [/元宵|正月十五/, 'lantern'], [/春节|过年|大年|除夕|年三十|\b(chinese|lunar) new year\b/i, 'spring'],
  [/端午|\bdragon boat\b/i, 'dragonBoat'], [/中秋|八月十五|\bmid-?autumn\b/i, 'midAutumn'], [/\bdiwali\b|\bdeepavali\b/i, 'diwali'],
  [/\beaster\b|复活节/i, 'easter'], [/\b(eid|hari raya|raya)\b|开斋节/i, 'eid'],
];

/** Shopping days and fixed holidays customers date a purchase by. */
const FIXED: ReadonlyArray<[RegExp, number]> = [
  [/双11|光棍节|\bsingles'? day\b/i, 11], [/双12/, 12], [/618|六一八/, 6], [/国庆|十一长假/, 10], [/元旦/, 1],
  [/五一|劳动节/, 5], [/圣诞|\b(christmas|xmas)\b/i, 12], [/\bblack friday\b|黑色星期五|黑五/i, 11],
  [/\bboxing day\b/i, 12], [/\bprime day\b/i, 7], [/\bthanksgiving\b/i, 11], [/\bnew year'?s?\b|新年/i, 1],
  // Days that fall in the same month every year (七夕 and 重阳 are lunar but stay in August and October 2019–2027).
  [/清明/, 4], [/七夕/, 8], [/重阳/, 10], [/情人节|\bvalentine'?s?\b/i, 2], [/母亲节|\bmother'?s day\b/i, 5], [/父亲节|\bfather'?s day\b/i, 6],
  [/妇女节|三八节|女神节/, 3], [/\bhalloween\b|万圣节/i, 10], [/(?<!\d)520(?!\d)/, 5],
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

/** Days of the moving festivals (same calendars): a purchase "a week before" one may fall in the month before. */
const DAYS: Record<string, Record<number, string>> = {
  spring: { 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06' },
  dragonBoat: { 2019: '06-07', 2020: '06-25', 2021: '06-14', 2022: '06-03', 2023: '06-22', 2024: '06-10', 2025: '05-31', 2026: '06-19', 2027: '06-09' },
  midAutumn: { 2019: '09-13', 2020: '10-01', 2021: '09-21', 2022: '09-10', 2023: '09-29', 2024: '09-17', 2025: '10-06', 2026: '09-25', 2027: '09-15' },
  diwali: { 2019: '10-27', 2020: '11-14', 2021: '11-04', 2022: '10-24', 2023: '11-12', 2024: '11-01', 2025: '10-20', 2026: '11-08', 2027: '10-29' },
  easter: { 2019: '04-21', 2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09', 2024: '03-31', 2025: '04-20', 2026: '04-05', 2027: '03-28' },
  eid: { 2019: '06-05', 2020: '05-24', 2021: '05-13', 2022: '05-02', 2023: '04-22', 2024: '04-10', 2025: '03-31', 2026: '03-20', 2027: '03-10' },
};

/** Days around the festival the words after its name allow, as [first, last] offsets. */
const OFFSETS: ReadonlyArray<[RegExp, number, number]> = [
  [/^.{0,3}(前后|左右|\b(around|about)\b)/, -7, 7], [/^.{0,3}(前[一1]?个?(礼拜|星期|周)|[一1]个?(礼拜|星期|周)前|\ba week before\b)/, -7, -7],
  [/^.{0,3}(前几天|前两天|\b(a )?few days before\b)/, -5, -1], [/^.{0,3}(后[一1]?个?(礼拜|星期|周)|\ba week after\b)/, 7, 7],
  [/^.{0,3}((之|以)?前(?!年)|\bbefore\b)/, -14, -1], [/^.{0,3}((之|以)?后|\bafter\b)/, 1, 14],
];

/** The same offsets said before the festival's name. */
const BEFORE_NAME: ReadonlyArray<[RegExp, number, number]> = [
  [/\ba week before\s+(the\s+)?$/, -7, -7], [/\b(a )?few days before\s+(the\s+)?$/, -5, -1], [/\ba week after\s+(the\s+)?$/, 7, 7],
  [/\b(around|about)\s+(the\s+)?$/, -7, 7], [/\bbefore\s+(the\s+)?$/, -14, -1], [/\bafter\s+(the\s+)?$/, 1, 14],
];

/**
 * The months a purchase dated by a moving festival and an offset ("中秋节前一个礼拜", "过年前后") can be in,
 * in `year`; undefined when no offset is said or the year's days are not listed.
 */
export function holidaySpanMonths(text: string, year: number): [number, number] | undefined {
  const moving = MOVING.find(([pattern]) => pattern.test(text));
  if (!moving) return undefined;
  const name = moving[1];
  const base = name === 'lantern' ? DAYS.spring[year] : DAYS[name]?.[year];
  if (!base) return undefined;
  const after = text.slice((text.match(moving[0])?.index ?? 0) + (text.match(moving[0])?.[0].length ?? 0));
  const before = text.slice(0, text.match(moving[0])?.index ?? 0);
  // "just before Easter", "a week after Diwali": in English the offset comes first.
  const offset = OFFSETS.find(([pattern]) => pattern.test(after)) ?? BEFORE_NAME.find(([pattern]) => pattern.test(before));
  if (!offset) return undefined;
  const day = Date.UTC(year, Number(base.slice(0, 2)) - 1, Number(base.slice(3)) + (name === 'lantern' ? 14 : 0));
  const monthAt = (days: number) => new Date(day + days * 86_400_000).getUTCMonth() + 1;
  return [monthAt(offset[1]), monthAt(offset[2])];
}

/** The day of a festival in `year` (YYYY-MM-DD) from the tables above: 元宵 is the 15th day, 除夕 the eve, 初N the Nth day of the new year. */
export function festivalDay(name: 'spring' | 'eve' | 'lantern' | 'dragonBoat' | 'midAutumn' | 'diwali' | 'easter' | 'eid', year: number, newYearDay = 1): string | undefined {
  const table = name === 'eve' || name === 'lantern' ? DAYS.spring : DAYS[name];
  const base = table?.[year];
  if (!base) return undefined;
  const shift = name === 'eve' ? -1 : name === 'lantern' ? 14 : name === 'spring' ? newYearDay - 1 : 0;
  return new Date(Date.UTC(year, Number(base.slice(0, 2)) - 1, Number(base.slice(3)) + shift)).toISOString().slice(0, 10);
}
