import { addDays } from './calendar.js';
import type { Reading } from './reading.js';
import { zhNumber } from './zh-numbers.js';

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six'];
const NONE = /都(?:不|没|没有)(?:得)?(?:行|成|中|可以|方便|合适|要|得空)|都不是|都没空|都没有空|没空|下周再说|再说|都不对|都不行|都不合适|都没有|都不太|都不像|哪个都不|一个都不|不是这些|没有合适|其他时间|别的时间|换个时间|另外的时间|其他的?情况|以上都不|都不方便|\b(neither|none|nothing (here|fits)|not (any|one) of (these|them|those)|another (time|day)|other time|different time)\b/i;
const LAST = /最后一个|最后那个|\b(the )?last( one)?\b/i;
const EARLIEST = /越早越好|越快越好|最早|哪个都行|都可以|都行|\b(earliest|asap|any( of them| one)?( is fine| works)?|whichever)\b/i;

/** "2", "选2", "第二个", "2号", "option 2", "the second one", "#2" → index from 0. */
function byNumber(lower: string, count: number, datedOptions = false): number | undefined {
  // "第三次了" counts visits, not options; "3号" / "2nd September" is a day where the options print days.
  lower = lower.replace(/第\s*[一二三四五六两\d]\s*(次|遍|回|天|年)/g, ' ');
  if (datedOptions) lower = lower.replace(/\d{1,2}\s*(号|日)|\d{1,2}(st|nd|rd|th)\b/g, ' ');
  const bare = lower.replace(/[\s。.!！~、,，)）]+$/g, '').replace(/[吧嗯啊呀哈]+$/g, '').trim();
  const digit = bare.match(/^(?:选|要|就|就要|第|option|number|no\.?|#)?\s*(\d)(?:\s*(?:个|号|项|吧|的|呀|啊|这个|那个|option))?$/);
  const zh = lower.match(/(?:第|头)\s*([一二三四五六两\d])\s*(个|项|种|条|号)?/) ?? bare.match(/^(?:选|要|就|就要)?\s*([一二三四五六两])\s*(个|项|吧|号)?$/);
  const en = lower.match(/\b(first|second|third|fourth|fifth|sixth)\b/) ?? lower.match(/\b(?:option|number|choice|no\.?)\s*(\d|one|two|three|four|five|six)\b/) ?? bare.match(/^(one|two|three|four|five|six)$/);
  const pick = digit?.[1] ?? zh?.[1] ?? en?.[1];
  let n: number | undefined;
  if (pick === undefined) {
    const embedded = lower.match(/(?:^|[^\d:：.])([1-9])(?:\s*(?:个|号|项|吧))?(?:$|[^\d:：.号日月点])/);
    n = embedded && !/\d{2}|[:：]/.test(lower) ? Number(embedded[1]) : undefined;
  } else if (/^\d$/.test(pick)) n = Number(pick);
  else if (EN_ORDINALS.includes(pick)) n = EN_ORDINALS.indexOf(pick) + 1;
  else if (EN_NUMBERS.includes(pick)) n = EN_NUMBERS.indexOf(pick) + 1;
  else n = zhNumber(pick);
  if (n === undefined && LAST.test(lower)) n = count;
  if (n === undefined && EARLIEST.test(lower)) n = 1;
  return n !== undefined && n >= 1 && n <= count ? n - 1 : undefined;
}

const STOP_CHARS = '的了是都有很不没一个吧啊呀就还那这么我你机';
const STOP_WORDS = new Set(['the', 'one', 'and', 'but', 'its', 'not', 'that', 'this', 'there', 'theres', 'with', 'pls', 'please']);
const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/**
 * What a symptom is, however it is said: the customer describes ("灯都不亮 一点动静没有", "water's just
 * sitting in the bottom"), the option names ("完全不工作、没电", "won't drain"). Each class is one feature.
 */
const SYMPTOMS: ReadonlyArray<[string, RegExp]> = [
  ['dead', /不亮|没电|没有?反应|没有?动静|不工作|开不了机|不开机|开不起来|\b(won'?t (turn|switch|power) on|no power|dead|nothing happens|screen'?s? (is )?dark|screen dark)\b/],
  ['drain', /排不|不排水|排水慢|放不(掉|出)|水(排|放)不|积水|\b(won'?t drain|not draining|standing water|(water|it)('s| is)? (just |still )?(sitting|stays|standing))\b/],
  ['fluctuate', /(冷|凉).{0,8}(热|烫)|(热|烫).{0,8}(冷|凉)|\bhot (and|then) cold\b/],
  ['noise', /响|噪音|吵|嗡嗡|震动|\b(nois[ey]|loud|grinding|rattl\w*)\b/],
  ['no_heat', /不热|不加热|不制热|不够热|吹冷风|\b(stays? cold|doesn'?t heat|not heat\w*|no heat)\b/],
  ['drops', /断线|掉线|时好时坏|老是断|\b(keeps? dropping|cuts? out|drops? (out|off)|disconnect\w*|on and off)\b/],
  ['code', /故障码|故障代码|代码|[a-z]\d{1,2}(?![\d])|\b(error|code)\b/],
];

/** Comparable features of a text: Han bigrams, Latin words, day numbers, weekdays and periods. */
function features(lower: string): Set<string> {
  const out = new Set<string>();
  // OpenCC keeps 著 (a word of its own in simplified text); in a symptom ("点不著") it is 着.
  lower = lower.replace(/著/g, '着');
  const han = lower.replace(/[^\p{Script=Han}]/gu, '');
  for (let i = 0; i + 1 < han.length; i += 1) out.add(han.slice(i, i + 2));
  // Single characters too ("不凉" ~ "不够凉"), except the ones every option shares.
  for (const char of han) if (!STOP_CHARS.includes(char)) out.add(`c${char}`);
  for (const word of lower.replace(/'/g, '').match(/[a-z]{3,}/g) ?? []) if (!STOP_WORDS.has(word)) out.add(word.slice(0, 4));
  for (const day of lower.match(/\d{1,2}(?=\s*[日号]|(st|nd|rd|th)\b)/g) ?? []) out.add(`d${Number(day)}`);
  for (const day of lower.match(/(?:^|\D)(\d{1,2})(?=\s+[a-z]{3})/g) ?? []) out.add(`d${Number(day.replace(/\D/g, ''))}`);
  const zhDay = lower.match(/(?:周|星期|礼拜)([日天一二三四五六])/);
  if (zhDay) out.add(`w${WEEKDAYS_ZH.indexOf(zhDay[1] === '天' ? '日' : zhDay[1])}`);
  const enDay = WEEKDAYS_EN.findIndex((d) => new RegExp(`\\b${d}`).test(lower));
  if (enDay >= 0) out.add(`w${enDay}`);
  for (const [name, pattern] of SYMPTOMS) if (pattern.test(lower)) out.add(`k:${name}`);
  if (/上午|早上|早|morning|\bam\b/.test(lower)) out.add('p:morning');
  if (/下午|afternoon|\bpm\b/.test(lower)) out.add('p:afternoon');
  if (/晚上|evening|night/.test(lower)) out.add('p:evening');
  return out;
}

/** The option the reply names by its words, when exactly one shares the most features with it. */
function byWords(lower: string, options: readonly string[]): number | 'tie' | undefined {
  const wanted = features(lower);
  if (!wanted.size) return undefined;
  const scores = options.map((option) => {
    const have = features(option.toLowerCase());
    let score = 0;
    for (const f of wanted) if (have.has(f)) score += f.startsWith('k:') ? 4 : f.startsWith('p:') || f.startsWith('w') || f.startsWith('d') ? 2 : 1;
    // A period or weekday the option does not have rules it out ("周四下午" is not "周四上午").
    for (const f of wanted) if ((f.startsWith('p:') || f.startsWith('w')) && !have.has(f) && [...have].some((h) => h.slice(0, 2) === f.slice(0, 2))) score -= 3;
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0) return undefined;
  return scores.filter((s) => s === best).length > 1 ? 'tie' : scores.indexOf(best);
}

/** How many options share a day (weekday or day of month) with the reply. */
function daysShared(lower: string, options: readonly string[]): number {
  const wanted = [...features(lower)];
  const days = wanted.filter((f) => /^[wd]\d/.test(f));
  // "周六上午都可以" names one half-day: the day alone does not leave two.
  if (wanted.filter((f) => f.startsWith('p:')).length === 1) return 1;
  return days.length ? options.filter((o) => { const have = features(o.toLowerCase()); return days.some((d) => have.has(d)); }).length : 0;
}

/** "明天下午那个": relative days become the day of the month the options print ("6月6日"). */
function withDays(lower: string, today: string | undefined): string {
  if (!today) return lower;
  const day = (offset: number) => `${addDays(today, offset).slice(8).replace(/^0/, '')}日`;
  return lower.replace(/大后天/g, day(3)).replace(/后天|day after tomorrow/g, day(2)).replace(/明天|tomorrow/g, day(1));
}

/** A numbered or worded choice among `options`; `none` for "none of these"; undefined otherwise. */
/** "1或者2都行", "1还是2呢", "1和2都有点", "both? …": the customer names two, so a careful agent asks which. */
const TWO_NUMBERS = /(?:^|[^\d:：.])([1-9])\s*(?:或者?|还是|和|跟|与|\bor\b|\band\b|\/|、|,)\s*([1-9])(?![\d:：.])/;
const BOTH = /两个都|两种都|都有点|\bboth\b/;

export function readChoice(lower: string, options: readonly string[], today?: string, question: () => Reading | undefined = () => undefined): Reading | undefined {
  const pair = lower.match(TWO_NUMBERS);
  if (pair && pair[1] !== pair[2] && Number(pair[1]) <= options.length && Number(pair[2]) <= options.length) return { kind: 'partial', known: {} };
  if (BOTH.test(lower) && !NONE.test(lower)) return { kind: 'partial', known: {} };
  // "周六的随便哪个都行", "either of the Wednesday ones": "any" among the days named leaves two to choose from.
  if ((EARLIEST.test(lower) || /\beither\b/.test(lower)) && daysShared(withDays(lower, today), options) > 1) return { kind: 'partial', known: {} };
  const dated = options.some((o) => /\d{1,2}\s*[日号]|\b\d{1,2} [a-z]{3}/i.test(o));
  const index = byNumber(lower, options.length, dated);
  // "3" where option 3 is "都不是" picks "none of these".
  if (index !== undefined) return NONE.test(options[index] ?? '') ? { kind: 'none' } : { kind: 'choice', index };
  if (NONE.test(lower)) return { kind: 'none' };
  const asked = question();
  if (asked) return asked;
  const named = byWords(withDays(lower, today), options.filter((o) => !NONE.test(o)));
  if (named === 'tie') return { kind: 'partial', known: {} };
  return named === undefined ? undefined : { kind: 'choice', index: named };
}
