/**
 * The kinds of fact a customer could hold us to: amounts of money, durations, warranty terms and
 * promises (free, refund, a visit). A rephrased step may repeat the ones its source states and add
 * none (grounding-guard.ts). Terms are normalised to one key per concept so that "2 分钟", "两分钟"
 * and "2 minutes" compare equal — an article without an English section is phrased from Chinese.
 */

// Chinese time words are ambiguous alone (周围 = around, 天然气 = natural gas, 日常 = daily), so they
// count only after a number, 几/半/每 or a demonstrative; English ones are unambiguous words.
const ZH_COUNT = '[\\d一二两三四五六七八九十百几半每当今明后隔下本上这那]\\s*个?';

const CONCEPTS: readonly (readonly [string, RegExp])[] = [
  ['money', /[¥￥$€]|元|块钱|人民币|价格|价钱|费用|收费|花费|\b(?:rmb|yuan|cny|usd|dollars?|prices?|fees?|costs?|charge[sd]?)\b/i],
  ['free', /免费|不收费|不要钱|不花钱|\bfree\b|\bno charge\b|\bat no cost\b/i],
  ['percent', /[%％]|百分之|\bper ?cent\b/i],
  ['second', /秒|\bsec(?:ond)?s?\b/i],
  ['minute', /分钟|\bmin(?:ute)?s?\b/i],
  ['hour', /小时|钟头|\bhours?\b|\bhrs?\b/i],
  ['day', new RegExp(`${ZH_COUNT}[天日]|天内|\\b(?:days?|today|tomorrow|overnight)\\b`, 'i')],
  ['week', new RegExp(`${ZH_COUNT}(?:周|星期|礼拜)|\\bweeks?\\b`, 'i')],
  ['month', new RegExp(`${ZH_COUNT}月|\\bmonths?\\b`, 'i')],
  ['year', new RegExp(`${ZH_COUNT}年|\\byears?\\b`, 'i')],
  ['warranty', /保修|质保|保内|保外|包修|包换|包退|三包|延保|保固|\bwarrant(?:y|ies|ed)\b|\bguarantee[ds]?\b/i],
  ['promise', /保证|承诺|一定会|一定能|肯定会|肯定能|包您|包你|绝对|放心吧|\bpromise[ds]?\b|\bdefinitely\b|\bcertainly\b|\bensures?\b|\bwe will (?:fix|repair|replace|refund|send)\b/i],
  ['refund', /退款|退货|退钱|换新|换一台|赔偿|补偿|\brefunds?\b|\breplacement\b|\bcompensat\w*|\bexchange\b/i],
  ['visit', /上门|派人|师傅|工程师|技术员|维修人员|售后人员|\btechnicians?\b|\bengineers?\b|\brepair ?(?:man|men|person|people)\b|\bhome visit\b/i],
  ['link', /https?:\/\/|www\.|\.com\b|\.cn\b/i],
];

const ZH_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

const EN_NUMBERS: Record<string, number> = {
  half: 0.5, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
};

/*
 * Spelt-out numbers count only before a unit of time or money: "按一下" (press once) and "one of the
 * buttons" are not facts, "两分钟" and "two hours" are.
 */
const ZH_NUMBER_BEFORE_UNIT = /([零一二两三四五六七八九十百千万半]{1,8})\s{0,3}(?=个?(?:分钟|小时|钟头|秒|天|日|周|星期|月|年|元|块|度|倍))/g;
const EN_NUMBER_BEFORE_UNIT = new RegExp(`\\b(${Object.keys(EN_NUMBERS).join('|')})[\\s-]+(?:an? )?(?=(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|yuan|dollars?|times)\\b)`, 'gi');

/** 0–99 999 in Chinese numerals ("十五", "两百", "半"); undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (text === '半') return 0.5;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in ZH_DIGITS) current = ZH_DIGITS[char];
    else if (char in ZH_UNITS) {
      total += (current || 1) * ZH_UNITS[char];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

function numbersIn(text: string): string[] {
  const found = [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const n = Number(m[0].replace(/,/g, ''));
    return Number.isNaN(n) ? m[0] : String(n);
  });
  for (const m of text.matchAll(ZH_NUMBER_BEFORE_UNIT)) {
    const n = chineseNumber(m[1]);
    if (n !== undefined) found.push(String(n));
  }
  for (const m of text.matchAll(EN_NUMBER_BEFORE_UNIT)) found.push(String(EN_NUMBERS[m[1].toLowerCase()]));
  return found;
}

/** Every fact key in the text: concept names ("money", "warranty", …) and numbers as "#2", "#0.5". */
export function factsIn(text: string): Set<string> {
  const facts = new Set<string>();
  const normalised = text.normalize('NFKC');
  for (const [key, pattern] of CONCEPTS) if (pattern.test(normalised)) facts.add(key);
  for (const n of numbersIn(normalised)) facts.add(`#${n}`);
  return facts;
}

const WARNINGS: readonly (readonly [string, RegExp])[] = [
  ['prohibition', /不要|不能|切勿|禁止|严禁|请勿|千万别|\bdo not\b|\bdon['’]t\b|\bnever\b|\bmust not\b/i],
  ['power-off', /断电|断开电源|切断电源|拔(?:掉|下|出)?(?:电源)?(?:插头|电源)|关(?:闭|掉)?(?:总)?电源|\bunplug\b|\b(?:turn|switch) (?:it |the power |the \w+ )?off\b|\bpower off\b/i],
  ['gas-off', /关(?:闭|掉|上)?(?:燃气|煤气|气)?阀|\b(?:gas|valve)\b/i],
  ['caution', /注意|小心|当心|\bcaution\b|\bcareful\b|\bwarning\b/i],
];

/** The safety warnings in a text ("do not", "unplug first", "close the gas valve"); a rephrasing keeps all. */
export function warningsIn(text: string): Set<string> {
  const normalised = text.normalize('NFKC');
  return new Set(WARNINGS.filter(([, pattern]) => pattern.test(normalised)).map(([key]) => key));
}
