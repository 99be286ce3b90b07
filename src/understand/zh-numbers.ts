/** 仨 and 俩 (northern "three", "two": 刚买仨月) are numerals too. */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 幺: 1 };

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

const RUN = /([零〇一二两俩三仨四五六七八九十百]{1,6})(?=(年|个?月|号|日|点|个|周|天|分|颗|星|岁|次|多|半|小时|礼拜|星期))/g;

/**
 * Chinese numerals before a unit become digits ("去年十二月" → "去年12月", "二三年" → "23年"), so
 * the readers need one pattern per form. A weekday (周三, 星期天) is not a number and is left alone.
 */
export function digitsForNumerals(text: string): string {
  if (!/[零〇一二两俩三仨四五六七八九十百]/.test(text)) return text;
  // 仨月 / 俩月 are months counted ("three months"), never March or February.
  text = text.replace(/([仨俩])月/g, '$1个月');
  return text.replace(RUN, (run: string, _n: string, unit: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 2), offset);
    // "周四十点" (spaces folded away): the weekday's own numeral, then the hour.
    if (/(周|星期|礼拜)$/.test(before)) {
      const hour = run.length > 1 && /^[点时]$/.test(unit) ? zhNumber(run.slice(1)) : undefined;
      return hour === undefined ? run : `${run[0]}${hour}`;
    }
    // 一天 / 一个 as "one day" are fine as digits; 星期一 was excluded above.
    if (unit === '年' && !run.includes('十')) return digitByDigit(run) ?? run;
    const n = zhNumber(run);
    return n === undefined ? run : String(n);
  });
}

/**
 * Pinyin typed without tones for the words of dates and visit times ("qu nian shuang shi yi",
 * "zhou liu xia wu", "ban nian qian ba"): multi-syllable words first, then numerals where a unit
 * follows (ba yue is 八月, a final ba is 吧). Only words of this table are touched, and only when every
 * word of the run is in it (two at least, or one of several syllables), so English is left alone.
 */
const PINYIN_WORDS: ReadonlyArray<[string, string]> = [
  ['shuang shi yi', '双十一'], ['shuang shi er', '双十二'], ['da qian nian', '大前年'], ['shang shang ge yue', '上上个月'], ['shang ge yue', '上个月'],
  ['zhe ge yue', '这个月'], ['qu nian', '去年'], ['qian nian', '前年'], ['jin nian', '今年'], ['ming nian', '明年'], ['ban nian', '半年'],
  ['hao ji nian', '好几年'], ['ji nian', '几年'], ['da hou tian', '大后天'], ['hou tian', '后天'], ['ming tian', '明天'], ['jin tian', '今天'], ['zuo tian', '昨天'],
  ['xing qi', '星期'], ['li bai', '礼拜'], ['xia zhou', '下周'], ['zhe zhou', '这周'], ['zhou mo', '周末'], ['shang wu', '上午'], ['xia wu', '下午'], ['zhong wu', '中午'],
  ['wan shang', '晚上'], ['zao shang', '早上'], ['dou xing', '都行'], ['dou ke yi', '都可以'], ['sui shi', '随时'], ['sui bian', '随便'],
  ['bu ji de', '不记得'], ['ji bu de', '记不得'], ['ji bu qing', '记不清'], ['wang le', '忘了'], ['bu zhi dao', '不知道'], ['bu qing chu', '不清楚'],
  ['yi qian', '以前'], ['zhi qian', '之前'], ['guo nian', '过年'], ['chun jie', '春节'], ['zhong qiu', '中秋'], ['guo qing', '国庆'], ['yuan dan', '元旦'],
];
const PINYIN_NUMERALS: Record<string, string> = { yi: '一', er: '二', liang: '两', san: '三', si: '四', wu: '五', liu: '六', qi: '七', ba: '八', jiu: '九', shi: '十' };
const PINYIN_UNITS: Record<string, string> = { nian: '年', yue: '月', hao: '号', ri: '日', dian: '点', ge: '个', tian: '天', zhou: '周', qian: '前', hou: '后', le: '了', ba: '吧', de: '的' };
const PINYIN_RUN = /\b[a-z]+(?:\s+[a-z]+)+\b/g;

export function pinyinDates(text: string): string {
  if (!/[a-z] [a-z]/.test(text)) return text;
  return text.replace(PINYIN_RUN, (run) => {
    let words = ` ${run} `;
    for (const [pinyin, han] of PINYIN_WORDS) words = words.split(` ${pinyin} `).join(` ${han} `);
    const tokens = words.trim().split(/\s+/);
    let known = 0;
    const out = tokens.map((token, i) => {
      if (/\p{Script=Han}/u.test(token)) { known += 1; return token; }
      const next = tokens[i + 1] ?? '';
      const previous = tokens[i - 1] ?? '';
      // A numeral before a unit (ba yue, san ge), after 周/星期 (zhou liu), or inside a number (shi yi).
      if (token in PINYIN_NUMERALS && (/^(nian|yue|hao|ri|dian|ge|tian)$/.test(next) || /^(周|星期|礼拜|zhou)$/.test(previous) || (token === 'shi' ? next in PINYIN_NUMERALS || /^(yue|hao|ri|dian)$/.test(next) : next === 'shi'))) { known += 1; return PINYIN_NUMERALS[token]; }
      if (token in PINYIN_UNITS && (token !== 'ba' || i === tokens.length - 1) && (token !== 'zhou' || next in PINYIN_NUMERALS)) { known += 1; return PINYIN_UNITS[token]; }
      return token;
    });
    // One word of the table alone ("bu zhi dao", "qu nian") is enough when it spans several syllables.
    return known === tokens.length && (known >= 2 || words.trim() !== run) ? out.join('') : run;
  });
}
