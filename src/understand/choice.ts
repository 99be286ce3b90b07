import { keptAnswers } from '../kept-answers.js';
import { BUSY } from './busy.js';
import { EN_WEEKDAY_TAIL, addDays } from './calendar.js';
import { afterSelfCorrection } from './segments.js';
import { isUndecided } from './yes-no.js';
import type { Reading } from './reading.js';
import { zhNumber } from './zh-numbers.js';

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six'];
const NONE = /都(?:不|没|没有)(?:得)?(?:行|成|中|可以|方便|合适|要|得空)|都不是|都没空|都没有空|没空|下周再说|再说|都不对|都不行|都不合适|(?<!(?:一点|一些|一丝|一啲|任何|什么|啥|丁点).{0,6})都没有|都不太|都不像|哪个都不|一个都不|不是这些|没有合适|其他时间|别的时间|换个时间|另外的时间|其他的?情况|以上都不|都不方便|都不得(?![\u3400-\u9fff])|皆不|另(觅|择|约|找)(他|别|其他)?(日|天|时)|\b(neither|none|nothing (here|fits)|not (any|one) of (these|them|those)|another (time|day)|other time|different time)\b/i;
const LAST = /最后一个|最后那个|\b(the )?last( one)?\b/i;
const EARLIEST = /越早越好|越快越好|最早|最快|\b(earliest|soonest|asap|first available)\b/i;
/** "都行", "你看着办", "any is fine": every option suits, so a careful agent still asks which (unless one is named). */
const ANY = /哪个都(行|可以|中|得|成)|都(行|可以|中|得|成|ok)|随便|看着(办|安排)|你(们)?定|\b(any( of them| one)?( is fine| works)?|whichever|either|up to you|you (choose|pick|decide))\b/i;

/** "2", "选2", "第二个", "2号", "option 2", "the second one", "#2" → index from 0. */
function byNumber(lower: string, count: number, datedOptions = false, timed = datedOptions): number | undefined {
  // "第三次了" counts visits, not options; "3号" / "2nd September" is a day where the options print days.
  lower = lower.replace(/第\s*[一二三四五六两\d]\s*(次|遍|回|天|年)/g, ' ');
  if (datedOptions) lower = lower.replace(/\d{1,2}\s*(号|日)(?!\s*选项)|\d{1,2}(st|nd|rd|th)\b(?!\s*(one|option|slot|choice))/g, ' ');
  // "要得 就二号", "ok 2": a yes word before the number only agrees.
  const bare = lower.replace(/[\s。.!！~、,，)）]+$/g, '').replace(/[吧嗯啊呀哈]+$/g, '').trim()
    .replace(/^(?:可以|好的?|行|嗯+|那就|ok|yes|yeah|sure)[\s,，。!！]*(?=\S)/, '').trim();
  const digit = bare.match(/^(?:选|要|就|就要|第|选项|option|number|no\.?|#)?\s*(\d)(?:\s*(?:个|号|项|吧|的|呀|啊|这个|那个|option|号?选项))?$/)
    // "三 最晚那个", "选项二。请短信确认。": a number said first, then explained.
    ?? lower.match(/^(?:选项|选)?\s*([1-9])(?:\s*号?选项)?(?:\s+|[。.，,!！]\s*)(?=\S)/);
  const zh = lower.match(/(?:第|头)\s*([一二三四五六两\d])\s*(个|项|种|条|号)?/) ?? bare.match(/^(?:选|要|就|就要|选项)?\s*([一二三四五六两])\s*(个|项|吧|号)?$/) ?? lower.match(/^(?:选项|选)?\s*([一二三四五六])(?:\s+|[。.，,!！]\s*)(?=\S)/);
  const en = lower.match(/\b(first|second|third|fourth|fifth|sixth)\b/) ?? lower.match(/\b(?:option|number|choice|no\.?)\s*(\d|one|two|three|four|five|six)\b/) ?? bare.match(/^(one|two|three|four|five|six)$/)
    // "One. It does not start at all.": a number said first and closed by a stop, then explained.
    ?? lower.match(/^(one|two|three|four|five|six)\s*[.!,，。]/);
  const pick = digit?.[1] ?? zh?.[1] ?? en?.[1];
  let n: number | undefined;
  if (pick === undefined) {
    // "2. Thank you": a full stop after the number ends it.
    const embedded = lower.match(/(?:^|[^\d:：.a-z])([1-9])(?:\s*(?:个|号|项|吧))?(?:$|\.(?!\d)|[^\d:：.号日月点])/);
    n = embedded && !/\d{2}|[:：]/.test(lower) ? Number(embedded[1]) : undefined;
  } else if (/^\d$/.test(pick)) n = Number(pick);
  else if (EN_ORDINALS.includes(pick)) n = EN_ORDINALS.indexOf(pick) + 1;
  else if (EN_NUMBERS.includes(pick)) n = EN_NUMBERS.indexOf(pick) + 1;
  else n = zhNumber(pick);
  if (n === undefined && LAST.test(lower)) n = count;
  // "asap" among times is the earliest; among problems it is only urgency.
  if (n === undefined && timed && EARLIEST.test(lower)) n = 1;
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
  ['dead', /不亮|没电|灯都不(着|亮)|(开|着)不到机|没有?反应|没有?动静|(动静|反应|声音|声响|声)都没|不工作|开不了机|不开机|开不起来|\b(won'?t (turn|switch|power) on|no power|dead|nothing happens|screen'?s? (is )?dark|screen dark)\b/],
  ['drain', /排不|不排水|排水.{0,2}慢|排得慢|放不(掉|出)|水(排|放)不|积水|水.{0,6}(不下去|下不去|出不去|不出去)|\b(won'?t drain|not draining|standing water|(water|it)('s| is)? (just |still )?(sitting|stays|standing)|water (is )?(left|remaining|sitting) (at|in) the bottom)\b/],
  // "不漏水 就是不热乎": a symptom denied is not described.
  ['leak', /(?<![不没有冇])(滴水|漏水|渗水)|\b(?<!(no|not|isn'?t|doesn'?t|without) )(leak\w*|drip\w*)\b/],
  ['fluctuate', /(冷|凉).{0,8}(热|烫)|(热|烫).{0,8}(冷|凉)|\bhot (and|then) cold\b/],
  ['noise', /响|噪音|吵|嗡嗡|震动|\b(nois[ey]|loud|grinding|rattl\w*)\b/],
  // "没热水", "莫得热水，洗澡都是冷的", "food is still cold": what should come out hot does not.
  ['no_heat', /不热|不加热|不制热|不够热|吹冷风|(没有?|莫得|冇|不出)热水|热水.{0,3}没有|(都是|全是)(冷|凉)的|\b(stays? cold|doesn'?t heat|not heat\w*|no heat|no hot water|(is|are) still cold)\b/],
  // "吹出来的是热风", "不够凉": what should cool does not.
  ['not_cold', /不冷|不凉|不制冷|不够(凉|冷)|热风|\b(not (cold|cool)\w*|isn'?t cold|(blows?|blowing) (hot|warm) air)\b/],
  ['no_ignite', /点不着|打不着|着不了|不着火|点火.{0,4}(不|没)|\b(won'?t (light|ignite|catch)|never (catches|lights|ignites)|doesn'?t (light|ignite|catch)|no flame)\b/],
  ['no_dock', /回不(去|了|到)|不回充|找不到(充电座|座子|家|回去的路)|\b(won'?t (go back|return) to|can'?t find (its|the) (dock|base|way))\b/],
  ['overheat', /烫|过热|\b(overheat\w*|runs? hot|hot af|(very|really|so|too) hot)\b/],
  ['drops', /断线|断网|掉线|时好时坏|时有时无|老是断|\b(keeps? dropping|cuts? out|drops? (out|off)|disconnect\w*|on and off|comes and goes)\b/],
  // "有声没画面": the picture is missing, whatever else works.
  ['no_picture', /没有?(画面|图像|图)|黑屏|\b(no (picture|image|display)|black screen|sound but no)\b/],
  // Connected but nothing loads ("full bars but nothing will load", "连上了但是上不了网").
  ['offline', /上不了网|没有?网|打不开网页|网页打不开|加载不|\b(no internet|nothing (will |would )?loads?|won'?t load|can'?t (load|browse|get online)|not loading)\b/],
  ['code', /故障码|故障代码|代码|[a-z]\d{1,2}(?![\d])|\b(error|code)\b/],
];

/** Comparable features of a text: Han bigrams, Latin words, day numbers, weekdays and periods. */
// Option titles are the same at every turn of a prompt, and one reply is compared several times.
export const features = keptAnswers((lower: string): ReadonlySet<string> => featuresOf(lower), 512);
const WEEKDAYS_EN_WORD = WEEKDAYS_EN.map((d) => new RegExp(`\\b${d}${EN_WEEKDAY_TAIL}\\b`));

function featuresOf(lower: string): Set<string> {
  const out = new Set<string>();
  // OpenCC keeps 著 (a word of its own in simplified text); in a symptom ("点不著") it is 着.
  lower = lower.replace(/著/g, '着');
  const han = lower.replace(/[^\p{Script=Han}]/gu, '');
  for (let i = 0; i + 1 < han.length; i += 1) out.add(han.slice(i, i + 2));
  // Single characters too ("不凉" ~ "不够凉"), except the ones every option shares.
  for (const char of han) if (!STOP_CHARS.includes(char)) out.add(`c${char}`);
  for (const word of lower.replace(/'/g, '').match(/[a-z]{3,}/g) ?? []) if (!STOP_WORDS.has(word)) out.add(word.slice(0, 4));
  for (const day of lower.match(/\d{1,2}(?=\s*[日号]|(st|nd|rd|th)\b)/g) ?? []) out.add(`d:${Number(day)}`);
  // "16/3 PM": a day and month with a slash (either order: the options settle it).
  for (const hit of lower.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)) for (const n of [hit[1], hit[2]]) if (Number(n) >= 1 && Number(n) <= 31) out.add(`d:${Number(n)}`);
  // "the afternoon of the 9": a day number after "the", not an hour or a count.
  for (const hit of lower.matchAll(/\bthe (\d{1,2})\b(?!\s*(am|pm|:|o'?clock|hours?|mins?|minutes?|days?|weeks?))/g)) out.add(`d:${Number(hit[1])}`);
  // "十一月十八日": a day of the month in Chinese numerals.
  for (const hit of lower.matchAll(/([一二三四五六七八九十]{1,3})[日号]/g)) { const n = zhNumber(hit[1]); if (n) out.add(`d:${n}`); }
  for (const day of lower.match(/(?:^|\D)(\d{1,2})(?=\s+[a-z]{3})/g) ?? []) out.add(`d:${Number(day.replace(/\D/g, ''))}`);
  // Every weekday named ("周二下午周三上午都行"), with a prefix no word feature can share ('wedn' is a word).
  for (const zhDay of lower.matchAll(/(?:周|星期|礼拜)([日天一二三四五六])/g)) out.add(`w:${WEEKDAYS_ZH.indexOf(zhDay[1] === '天' ? '日' : zhDay[1])}`);
  WEEKDAYS_EN_WORD.forEach((word, i) => { if (word.test(lower)) out.add(`w:${i}`); });
  for (const [name, pattern] of SYMPTOMS) if (pattern.test(lower)) out.add(`k:${name}`);
  // "ma'am" is no morning.
  if (/上午|早上|早|morning|(?<!ma')\bam\b/.test(lower)) out.add('p:morning');
  if (/下午|afternoon|\barvo\b|\bpm\b/.test(lower)) out.add('p:afternoon');
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
    for (const f of wanted) if (have.has(f)) score += f.startsWith('k:') ? 4 : /^[pwd]:/.test(f) ? 2 : 1;
    // A period or weekday the option does not have rules it out ("周四下午" is not "周四上午"), unless the
    // reply names another one the option has ("周二下午周三上午": two days named).
    for (const f of wanted) if (/^[pw]:/.test(f) && !have.has(f) && [...have].some((h) => h.slice(0, 2) === f.slice(0, 2)) && ![...wanted].some((g) => g !== f && g.slice(0, 2) === f.slice(0, 2) && have.has(g))) score -= 3;
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0) return undefined;
  return scores.filter((s) => s === best).length > 1 ? 'tie' : scores.indexOf(best);
}

/** How many options share a day (weekday or day of month) with the reply. */
function daysShared(lower: string, options: readonly string[]): number {
  const wanted = [...features(lower)];
  const days = wanted.filter((f) => /^[wd]:/.test(f));
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
const TWO_NUMBERS = /(?:^|[^\d:：.])([1-9])\s*(?:或者?|还是|和|跟|与|同|\bor\b|\band\b|\/|、|,)\s*([1-9])(?![\d:：.])|\b(one|two|three|four)\s+or\s+(one|two|three|four)\b/;
const BOTH = /两个都|两种都|两样都|两者|俩都|都有点|\bboth\b/;
/** "bit of both, but mostly …": the main one is named after it. */
const MOSTLY = /\b(mostly|mainly|more)\b|主要是|更像/;
/** "算哪个啊", "不知道是哪个": the customer cannot tell which option is theirs. */
const CANNOT_TELL = /算哪(个|种|一个)|属于哪|哪个算|(不知道|不确定|说不清|搞不清)(是|属于|算)?哪|\b(not sure which|no idea which|(don'?t|do not) know which|dunno which)\b/i;

/** A clause that rules a time out ("上午要去打麻将", "周五要去医院", "其他时间都要上班", "tue i'm working"). */
const UNAVAILABLE = new RegExp(`${BUSY.source}|值班|不在|(其他|其它|别的).{0,4}都(要|得)`, 'i');
const TIME_WORD = new RegExp(`(周|星期|礼拜)[一二三四五六日天]|上午|下午|晚上|早上|中午|其他|其它|别的|\\d\\s*[号日]|\\b(mon|tue|wed|thu|fri|sat|sun)${EN_WEEKDAY_TAIL}\\b|\\b(morning|afternoon|evening|night|other)`);
/** Where a clause starts in text whose spaces between Han characters are gone: a day named, 还是/其他, after 嘛/吧. */
const CLAUSE_CUT = /[\s,，。.;；!！?？]+|(?=(?:周|星期|礼拜)[一二三四五六日天]|还是|其他|其它|别的|\bbut\b)|(?<=[嘛吧呢啊])/;

/** The reply without the clauses that rule a time out; the whole reply when every clause does (then it is "none"). */
function withoutRuledOut(lower: string): string {
  const clauses = lower.split(CLAUSE_CUT).filter((c) => c && c.trim());
  // Only a clause that names the time it rules out: "都不行 我上班呢" rules out every option, not one.
  const ruledOut = (c: string) => UNAVAILABLE.test(c) && TIME_WORD.test(c) && !/(?<![不没])(可以|方便|有空)/.test(c);
  if (clauses.length < 2 || !clauses.some(ruledOut)) return lower;
  const kept = clauses.filter((c) => !ruledOut(c));
  return kept.length ? kept.join(' ') : lower;
}

/** A clause that says which option suits: "would suit us best", "works better for me", "最方便", "那个最好". */
const PREFERS = /最(好|方便|合适)|比较(好|方便|合适)|\b(suits? (us|me)( best| better)?|works? (best|better)|(would )?(be|is) (best|better|ideal)|prefer)\b/i;

/** A fault said against a part that works ("fingerprint doesn't work but the screen lights up"): the fault is the description. */
const CONTRAST = /\s*(?:\bbut\b|\bthough\b|但是|但|不过|可是|就是|只是|,|，)\s*/;
const FAULT = /n'?t\b|\b(not|no|never|nothing|wrong|fail\w*|error|keeps?|dead|dark|broken|stuck|won'?t|can'?t|cannot|weak|slow|loud)\b|不|没|坏|慢|响|漏|吵|错|故障|报警|黑/;
function faultPart(lower: string): string | undefined {
  const parts = lower.split(CONTRAST).filter((p) => p && p.trim());
  if (parts.length < 2) return undefined;
  const faulty = parts.filter((p) => FAULT.test(p));
  return faulty.length && faulty.length < parts.length ? faulty.join(' ') : undefined;
}

/** How many options share a symptom class with the reply, when the reply names two classes ("排水慢 甩的时候还响"). */
function symptomOptions(lower: string, options: readonly string[]): number {
  const wanted = [...features(lower)].filter((f) => f.startsWith('k:'));
  if (wanted.length < 2) return 0;
  return options.filter((o) => { const have = features(o.toLowerCase()); return wanted.some((f) => have.has(f)); }).length;
}

/**
 * "不确定。", "我也说不清楚 有时候打不着…", "perhaps number two, but I am not completely sure": the customer
 * cannot tell which option it is. "不知道" counts only standing alone ("不知道为什么不转了" describes).
 */
const UNSURE = /不确定|说不清|说不好|说不准|拿不准|搞不清|(?:^|[，,\s])(?:我也)?(?:不知道|不晓得|唔知|不清楚)(?:欸|诶|啊|耶|呢|哦|诶)?(?=$|[，,。.\s!！])|\b(?:not (?:completely |entirely |really |quite |too )?sure(?! (?:why|how|what happened))|no idea|dunno|dinnae ken|don'?t ken|idk|can'?t tell)\b/i;
const COURTESY_TAIL = /[\s,，。.!！]*(谢谢(你|您)?|多谢|麻烦(你|您)?了|thanks?( you)?|thx)[\s。.!！~]*$/i;

/** Times a customer may ask for that the options may not have: 晚上, 周末, the evening, the weekend. */
const OTHER_TIMES: ReadonlyArray<[RegExp, RegExp]> = [
  [/晚上|夜里|傍晚|\bevenings?\b/i, /晚上|傍晚|evening/i],
  [/周末|礼拜六日|星期六日|\bweekends?\b/i, /周六|周日|星期六|星期日|礼拜六|礼拜日|\bsat|\bsun/i],
];
const ASKS_FOR_TIME = /有没有|有冇|有无|能不能|可不可以|可以.{0,4}吗|\b(any(thing)?|nothing|is there|do you have|have you got)\b/i;

function asksForOtherTime(lower: string, options: readonly string[]): boolean {
  if (!ASKS_FOR_TIME.test(lower)) return false;
  return OTHER_TIMES.some(([asked, offered]) => asked.test(lower) && !options.some((o) => offered.test(o)));
}

const NEITHER_NUMBER = /不是\s*[1-9一二三]\s*(?:也|又)?不是\s*[1-9一二三]|\bneither [1-9] nor [1-9]\b|\bnot [1-9] (?:or|nor) [1-9]\b/i;
/** "有时候不凉，有时候干脆就不转了", "sometimes 1, sometimes 2": two faults by turns, not one option. */
const BY_TURNS = /有时(?:候)?.{1,20}有时(?:候)?|\bsometimes\b.{1,30}\bsometimes\b/i;

export function readChoice(lower: string, options: readonly string[], today?: string, question: () => Reading | undefined = () => undefined): Reading | undefined {
  const reading = choiceIn(lower, options, today, question);
  const timed = options.some((o) => TIME_WORD.test(o.toLowerCase()));
  // "4" of three: a number that names no option; the customer is asked again.
  const bare = lower.trim().match(/^([1-9])[\s。.!！]*$/);
  if (!reading && bare && Number(bare[1]) > options.length) return { kind: 'partial', known: {} };
  // "有没有晚上的", "Nothing on the weekend?": a time none of the options has turns them all down.
  if (timed && (reading === undefined || reading.kind === 'question' || reading.kind === 'partial') && asksForOtherTime(lower, options)) return { kind: 'none' };
  // Picked by its number ("2 我再跟老婆说一声", "好像是第一个吧 我也说不好"), not by words describing it.
  const picked = reading?.kind === 'choice' && byNumber(lower, options.length, timed, timed) === reading.index;
  // "我还要跟我老婆商量下", "I'll check with my employer and come back": not decided; no option is picked.
  if (timed && (reading === undefined || (reading.kind === 'choice' && !picked)) && isUndecided(lower)) return { kind: 'partial', known: {} };
  if (timed || (reading && reading.kind !== 'choice')) return reading;
  // A number picked with a doubt still picks it (the steps will tell); a doubt beside a description only,
  // or two faults by turns, leaves the choice open.
  if (BY_TURNS.test(lower) || (!picked && UNSURE.test(lower))) return { kind: 'partial', known: {} };
  return reading;
}

function choiceIn(lower: string, options: readonly string[], today?: string, question: () => Reading | undefined = () => undefined): Reading | undefined {
  // "不是1也不是2 是有怪味": every number named is turned down, before any of them reads as the pick.
  if (NEITHER_NUMBER.test(lower)) return { kind: 'none' };
  const pair = lower.match(TWO_NUMBERS);
  const [first, second] = pair ? [pair[1] ?? pair[3], pair[2] ?? pair[4]].map((n) => (/\d/.test(n) ? Number(n) : EN_NUMBERS.indexOf(n) + 1)) : [];
  if (pair && first !== second && first <= options.length && second <= options.length) return { kind: 'partial', known: {} };
  if ((BOTH.test(lower) && !NONE.test(lower) && !MOSTLY.test(lower)) || CANNOT_TELL.test(lower)) return { kind: 'partial', known: {} };
  // "周五下午 哦不对 周五要去医院 还是周一上午吧": the last word counts, and a time ruled out is not the one wanted.
  const said = withoutRuledOut(afterSelfCorrection(lower));
  // "周六的随便哪个都行", "either of the Wednesday ones": "any" among the days named leaves two to choose from.
  if (ANY.test(said) && !EARLIEST.test(said) && daysShared(withDays(said, today), options) > 1) return { kind: 'partial', known: {} };
  const dated = options.some((o) => /\d{1,2}\s*[日号]|\b\d{1,2} [a-z]{3}/i.test(o));
  // "3号" where no option falls on the 3rd: number 3.
  const numbered = dated && /^\s*[1-9]\s*号\s*$/.test(said.replace(COURTESY_TAIL, '')) && !options.some((o) => features(o.toLowerCase()).has(`d:${parseInt(said, 10)}`)) ? said.replace(COURTESY_TAIL, '').replace('号', '') : said;
  const index = byNumber(numbered, options.length, dated, dated || options.some((o) => TIME_WORD.test(o.toLowerCase())));
  // "3" where option 3 is "都不是" picks "none of these".
  if (index !== undefined) return NONE.test(options[index] ?? '') ? { kind: 'none' } : { kind: 'choice', index };
  // "都不对，我只有周一晚上有空": 都不对 rejects the options; it is not a self-correction.
  if (NONE.test(said) || NONE.test(withoutRuledOut(lower))) return { kind: 'none' };
  const asked = question();
  if (asked) return asked;
  const described = options.filter((o) => !NONE.test(o));
  if (symptomOptions(said, described) > 1) return { kind: 'partial', known: {} };
  // "The Monday one would suit us best. We have … on Tuesday mornings": the clause that says which suits decides.
  const preferred = said.split(/[.。!！;；]+/).filter((c) => PREFERS.test(c));
  const favourite = preferred.length === 1 ? byWords(withDays(preferred[0], today), described) : undefined;
  if (typeof favourite === 'number') return { kind: 'choice', index: favourite };
  let named = byWords(withDays(said, today), described);
  const fault = named === 'tie' ? faultPart(said) : undefined;
  if (fault) named = byWords(fault, described);
  if (named === 'tie') return { kind: 'partial', known: {} };
  // "都中 你看着办": any option suits, none is named; a careful agent asks which.
  if (named === undefined && ANY.test(said)) return { kind: 'partial', known: {} };
  return named === undefined ? undefined : { kind: 'choice', index: named };
}
