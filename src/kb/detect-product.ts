import type { ProductLine } from './article-schema.js';
import { foldChinese } from './fold-chinese.js';
import { pinyin } from 'pinyin-pro';
import { soundAlikeNames } from './pinyin-corrector.js';
import { editDistance } from './spelling-corrector.js';
import { normalizeText } from './tokenizer.js';

/** Names of each line, added to every article's searchable text (article-fields.ts). */
export const PRODUCT_NAMES: Record<ProductLine, readonly string[]> = {
  'washing-machine': ['洗衣机', 'washing machine', 'washer'],
  refrigerator: ['冰箱', 'fridge', 'refrigerator'],
  'air-conditioner': ['空调', 'air conditioner'],
  'water-heater': ['热水器', 'water heater'],
  'range-hood': ['油烟机', 'range hood'],
  tv: ['电视', 'tv', 'television'],
  router: ['路由器', 'router'],
  printer: ['打印机', 'printer'],
  'phone-tablet': ['手机', '平板', 'phone', 'tablet'],
  dishwasher: ['洗碗机', 'dishwasher'],
  'microwave-oven': ['微波炉', '烤箱', 'microwave', 'oven'],
  'robot-vacuum': ['扫地机器人', '扫地机', 'robot vacuum'],
  laptop: ['笔记本电脑', '笔记本', 'laptop'],
  'smart-lock': ['智能门锁', '门锁', 'smart lock'],
  'gas-stove': ['燃气灶', '灶具', 'gas hob', 'stove'],
  general: [],
};

/**
 * Product words and model prefixes (our model numbering: XQG/XQB washers, BCD fridges, KFR air
 * conditioners, DSZF/JSQ water heaters, CXW hoods, 55U7-style TVs; AX3000/R6 routers, J3100/P2200
 * printers, X20 phones and Pad 11 tablets, as the articles' `models` and the eval set name them;
 * routers and phones are in WEAK below). Latin words need word boundaries.
 */
const STRONG: readonly [ProductLine, RegExp][] = [
  ['washing-machine', /洗衣机|洗衣几|洗衣鸡|滚筒|波轮|洗烘|烘干机|\bxq[gb]\d*|\bwash(?:er|ing machine)\b|\bwashers\b/],
  ['refrigerator', /冰箱|冰相|冰柜|冷藏室|冷冻室|\bbcd\b|\bbcd-?\d|\bfridge|\brefrigerator|\bfreezer\b/],
  ['air-conditioner', /空调|空条|挂机|柜机|\bkfr\b|\bkfr-?\d|\bair ?con(?:ditioner|ditioning)?\b|\bac\b|\ba\/c\b/],
  ['water-heater', /热水器|热水气|\bdszf|\bjsq|\bwater heater|\bboiler\b|\bgeyser\b/],
  ['range-hood', /油烟机|烟机|抽烟机|\bcxw|\b(?:range|cooker|extractor|kitchen) hood|\bhood\b/],
  ['tv', /电视|\b\d{2}u\d\b|\btv\b|\btelevision\b/],
  ['dishwasher', /洗碗机|洗碗的机|\bdish ?washer\b/],
  ['microwave-oven', /微波炉|烤箱|\bmicrowave\b|\boven\b/],
  ['robot-vacuum', /扫地机|扫地的|扫拖|拖地机|\brobot (?:vacuum|mop)\b|\broomba\b/],
  ['laptop', /笔记本|手提电脑|\blaptop\b|\bnotebook\b/],
  ['smart-lock', /门锁|指纹锁|密码锁|手印的锁|\bsmart ?lock\b|\bdoor ?lock\b/],
  ['gas-stove', /灶|电磁炉|电陶炉|\b(?:gas )?(?:hob|stove|cooktop)\b/],
  ['printer', /打印机|打印|墨盒|硒鼓|\bprint(?:er|ing|s)?\b|\bcartridge|\btoner\b|\bj3100\b|\bp2200\b/],
];

/**
 * Checked in order only when no strong word matched. Routers and phones are named as the network and
 * the remote for everything else ("换了路由器以后打印机就离线了", "手机怎么连打印机" are about the
 * printer). Wi-Fi words point at the router only when no strong line is named, and before the phone:
 * a phone that "shows connected but WeChat won't send" is the network's victim (phones have no
 * Wi-Fi article of their own).
 */
const WEAK: readonly [ProductLine, RegExp][] = [
  ['router', /路由|光猫|\brouter\b|\bmodem\b|\bax3000\b|\br6\b/],
  ['router', /wifi|wi-fi|无线网|网速|上不了网|上不去网|连不上网|断网|掉线|没网|\binternet\b|\bwireless\b/],
  ['phone-tablet', /手机|平板|\bphone\b|\btablet\b|\bmobile\b|\bipad\b|\bx20\b|\bpad ?11\b/],
];

/** Words that say the network itself is the problem, whichever devices are named as its victims. */
const NETWORK = /wifi|wi-fi|无线网|网络|网路|网速|上不了网|上不去网|连不上网|断网|掉线|没网|\binternet\b|\bnetwork\b|\bwireless\b|\bonline\b/;

const ROUTER_NAMED = /路由|光猫|\brouter\b|\bmodem\b/;

/** A clause that says a device works ("电视和路由器都好好的", "the fridge and TV are fine") is not about it. */
const FINE = /正常|好好的|没问题|挺好|好着呢|没事|没毛病|好使|好用|\b(?:are|is|works?|working|seems?|seem to be) (?:all )?(?:fine|ok|okay|normal|good)\b|\bno problems? with\b/;
const CLAUSE = /[，。,.!?！？；;\n]+/;

/** "之前都很正常", "was fine until last week": how things were before the fault, about the subject itself. */
const BEFORE = /之前|以前|原来|本来|先前|刚买|一开始|上(?:个)?(?:礼拜|星期|周|月)|前几天|\buntil\b|\bused to\b|\bbefore\b|\bat first\b/;

function withoutFineClauses(text: string): string {
  const kept = text.split(CLAUSE).filter((clause) => !FINE.test(clause) || BEFORE.test(clause)).join('，');
  return kept.trim() === '' ? text : kept;
}

/** Chinese product names, typed by sound or not, as detectProduct's patterns spell them. */
const fixNames = soundAlikeNames([...new Set(Object.values(PRODUCT_NAMES).flat()), '路由器', '扫地机', '洗碗机', '油烟机', '热水器', '打印机']);

/**
 * Product names typed in toneless pinyin (bingxiang, kong tiao, xiyiji) read back as the Chinese names
 * the patterns know: only whole names, so a pinyin sentence about something else is left alone.
 */
const PINYIN_NAMES: readonly [RegExp, string][] = [...new Set([...Object.values(PRODUCT_NAMES).flat(), '路由器', '油烟机', '热水器', '打印机'])]
  .filter((name) => /^[\u3400-\u9fff]{2,}$/.test(name))
  .map((name) => [new RegExp(`\\b${(pinyin(name, { toneType: 'none', type: 'array' }) as string[]).join(' ?')}\\b`, 'g'), name]);

/** The English words of the product names, and the ones customers misspell most (vacuum, machine). */
const ENGLISH_NAME_WORDS: readonly string[] = [...new Set([
  ...Object.values(PRODUCT_NAMES).flat().filter((n) => /^[a-z ]+$/.test(n)).flatMap((n) => n.split(' ')),
  'vacuum', 'refrigerator', 'dishwasher', 'microwave', 'printer', 'router', 'heater', 'television', 'laptop', 'aircon',
])].filter((w) => w.length >= 5);

/**
 * "washing machne", "robot vaccum", "dishwaser": a long Latin word one edit (two past seven letters)
 * from a product word. Inflected words are real words (washed, heated, tables), never a typo for one.
 */
function fixEnglishNames(text: string): string {
  return text.replace(/[a-z]{5,}/g, (word) => {
    if (ENGLISH_NAME_WORDS.includes(word) || /(?:s|ed|ing)$/.test(word)) return word;
    const max = word.length > 7 ? 2 : 1;
    return ENGLISH_NAME_WORDS.find((w) => w[0] === word[0] && editDistance(word, w, max) <= max) ?? word;
  });
}

/**
 * Product names restored however they were typed: toneless pinyin, misspelled English, by sound.
 * Expects folded, lower-case text.
 */
function readProductNames(text: string): string {
  let out = text;
  if (/[a-z]/.test(out)) {
    for (const [pattern, name] of PINYIN_NAMES) out = out.replace(pattern, name);
    out = fixEnglishNames(out);
  }
  return fixNames(out);
}

/** Only the names typed by sound (微波路 → 微波炉): what the query preparer adds to its own pinyin correction. */
export function soundAlikeProductNames(text: string): string {
  return fixNames(text);
}

function readNames(text: string): string {
  return readProductNames(normalizeText(foldChinese(text)));
}

function countMatches(text: string, pattern: RegExp): { count: number; first: number } {
  const global = new RegExp(pattern.source, 'g');
  let count = 0;
  let first = -1;
  for (const m of text.matchAll(global)) {
    if (first < 0) first = m.index;
    count++;
  }
  return { count, first };
}

export interface DetectOptions {
  /**
   * true (the default): the line the message is about — named most often, first on a tie, the router
   * competing when named with a network fault. false: the first line named (the old rule,
   * kept to measure the difference in kb:eval --off focus).
   */
  focus?: boolean;
}

/** A line the message names, how often, and where first (index in the normalized text). */
export interface NamedProduct {
  line: ProductLine;
  count: number;
  first: number;
}

/**
 * Every product line the message names, the subject first: named most often, first on a tie (customers
 * lead with what broke: "冰箱坏了，空调也…" is about the fridge). Lines named only in a clause that
 * says they work are left out. Routers and phones (WEAK) count only when nothing strong is named.
 */
export function productsNamed(text: string): NamedProduct[] {
  const normalized = readNames(text);
  const subject = withoutFineClauses(normalized);
  const named: NamedProduct[] = [];
  for (const [line, pattern] of STRONG) {
    const { count, first } = countMatches(subject, pattern);
    if (count > 0) named.push({ line, count, first });
  }
  // A router named outright competes on mentions too: "路由器…光猫…电视和手机都慢" is about the router.
  const router = countMatches(subject, ROUTER_NAMED);
  if (named.length > 0 && router.count > 0 && NETWORK.test(normalized)) named.push({ line: 'router', ...router });
  if (named.length > 0) return named.sort((a, b) => b.count - a.count || a.first - b.first);
  for (const [line, pattern] of WEAK) {
    if (pattern.test(normalized)) return [{ line, count: 1, first: 0 }];
  }
  return [];
}

/**
 * The product line the customer is talking about, or undefined. A long story names other devices in
 * passing ("…电视和手机也连不上"); the one it keeps returning to is the subject (productsNamed).
 * `focus: false` is the old rule, the first line named, kept to measure the difference.
 */
export function detectProduct(text: string, options: DetectOptions = {}): ProductLine | undefined {
  if (options.focus !== false) return productsNamed(text)[0]?.line;
  const normalized = readNames(text);
  const named = STRONG.map(([line, pattern]) => ({ line, at: normalized.search(pattern) })).filter((n) => n.at >= 0);
  if (named.length > 0) return named.reduce((a, b) => (b.at < a.at ? b : a)).line;
  return WEAK.find(([, pattern]) => pattern.test(normalized))?.[0];
}

/** Product names only, not the network words among WEAK ("断网" says what is wrong, "路由器" only which). */
const NAMES_ONLY: readonly RegExp[] = [/路由器/, ...STRONG.map(([, pattern]) => pattern), WEAK[0][1], WEAK[2][1]]
  .map((pattern) => new RegExp(pattern.source, 'g'));

/** The message, normalized, with every product name taken out: what it says besides which product. */
export function withoutProductNames(text: string): string {
  return NAMES_ONLY.reduce((out, pattern) => out.replace(pattern, ' '), readNames(text));
}
