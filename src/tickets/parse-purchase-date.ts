export type PurchaseDateResult =
  | { ok: true; date: string }
  | { ok: false; reason: 'unreadable' | 'future' | 'too-old' };

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a purchase date the way customers give it: 2025-03-12, 2025/3/12, 2025年3月12日, 2025年3月,
 * 去年5月, 今年1月, 上个月, 前年, March 2025, 12 Mar 2025, last year. Month precision is enough for
 * warranty, so a missing day becomes the 1st. `today` is the customer's local date (YYYY-MM-DD).
 */
export function parsePurchaseDate(text: string, today: string): PurchaseDateResult {
  const date = readDate(text.trim().toLowerCase(), today);
  if (!date) return { ok: false, reason: 'unreadable' };
  if (date > today) return { ok: false, reason: 'future' };
  if (Number(date.slice(0, 4)) < Number(today.slice(0, 4)) - 30) return { ok: false, reason: 'too-old' };
  return { ok: true, date };
}

function readDate(text: string, today: string): string | undefined {
  const [ty, tm] = today.split('-').map(Number);
  const full = text.match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2}))?/);
  if (full) return build(+full[1], +full[2], full[3] ? +full[3] : 1);

  const relativeYear = text.match(/(今年|去年|前年|明年|this year|last year|next year)\s*(?:的)?\s*(\d{1,2})?\s*月?/);
  const monthWord = EN_MONTHS.findIndex((m) => new RegExp(`\\b${m}[a-z]*\\b`).test(text));
  const yearNum = text.match(/\b(19|20)\d{2}\b/);
  if (monthWord >= 0 && yearNum) {
    const day = text.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/);
    return build(+yearNum[0], monthWord + 1, day && +day[1] <= 31 ? +day[1] : 1);
  }
  if (relativeYear) {
    // 明年 / next year reads as a date so the customer hears "that is in the future", not "unreadable".
    const offset = /去年|last/.test(relativeYear[1]) ? 1 : /前年/.test(relativeYear[1]) ? 2 : /明年|next/.test(relativeYear[1]) ? -1 : 0;
    const month = relativeYear[2] ? +relativeYear[2] : monthWord >= 0 ? monthWord + 1 : 1;
    return build(ty - offset, month, 1);
  }
  // "last May" / "May": the latest May not after this month (what the prompt's own example means).
  if (monthWord >= 0) return build(monthWord + 1 > tm ? ty - 1 : ty, monthWord + 1, 1);
  if (/上个?月|last month/.test(text)) return tm === 1 ? build(ty - 1, 12, 1) : build(ty, tm - 1, 1);
  if (/这个?月|本月|this month/.test(text)) return build(ty, tm, 1);
  const monthOnly = text.match(/^(\d{1,2})\s*月/);
  if (monthOnly) return build(+monthOnly[1] > tm ? ty - 1 : ty, +monthOnly[1], 1);
  return undefined;
}

function build(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
