const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 幺: 1 };

/** 二十三 → 23, 十一 → 11, 两 → 2, 三十 → 30, 一百 → 100; undefined when not a numeral. */
export function zhNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || text.length > 6) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const char of text) {
    if (char in DIGITS) { current = DIGITS[char]; seen = true; }
    else if (char === '十') { total += (current || 1) * 10; current = 0; seen = true; }
    else if (char === '百') { total += (current || 1) * 100; current = 0; seen = true; }
    else return undefined;
  }
  return seen ? total + current : undefined;
}

/** 二零二三 / 二三 (digit by digit, as years are said) → "2023" / "23". */
function digitByDigit(text: string): string | undefined {
  let out = '';
  for (const char of text) {
    if (!(char in DIGITS)) return undefined;
    out += DIGITS[char];
  }
  return out;
}

const RUN = /([零〇一二两三四五六七八九十百]{1,6})(?=(年|个?月|号|日|点|个|周|天|分|颗|星|岁|次|多|半|小时|礼拜|星期))/g;

/**
 * Chinese numerals before a unit become digits ("去年十二月" → "去年12月", "二三年" → "23年"), so
 * the readers need one pattern per form. A weekday (周三, 星期天) is not a number and is left alone.
 */
export function digitsForNumerals(text: string): string {
  if (!/[零〇一二两三四五六七八九十百]/.test(text)) return text;
  return text.replace(RUN, (run: string, _n: string, unit: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 2), offset);
    if (/(周|星期|礼拜)$/.test(before)) return run;
    // 一天 / 一个 as "one day" are fine as digits; 星期一 was excluded above.
    if (unit === '年' && !run.includes('十')) return digitByDigit(run) ?? run;
    const n = zhNumber(run);
    return n === undefined ? run : String(n);
  });
}
