import { keptAnswers } from '../kept-answers.js';
import * as OpenCC from 'opencc-js';

/**
 * Every recogniser reads at most this many characters: a reply to a field prompt is short, and a
 * bound keeps every pattern linear whatever a customer (or an attacker) pastes.
 */
export const MAX_INPUT = 300;

/** Built on first use (≈35 ms): nothing runs at import time. */
let toSimplified: ((text: string) => string) | undefined;

function simplify(text: string): string {
  // Only text with Han characters needs OpenCC; most English replies skip it.
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  // Hong Kong and Taiwan forms differ (e.g. 線/綫); 'hk' → 'cn' covers both well enough for replies.
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

/**
 * Common Cantonese forms, after OpenCC (which turns 係 into 系). Longer forms first: 唔系 before 系.
 * Source of the glosses: everyday Hong Kong usage (係 = 是, 唔 = 不, 冇 = 没有, 聽日 = 明天).
 */
const CANTONESE: ReadonlyArray<[RegExp, string]> = [
  [/唔系/g, '不是'], [/唔使|唔洗|唔驶/g, '不用'], [/唔要/g, '不要'], [/唔该/g, '谢谢'], [/唔得/g, '不行'],
  [/唔好/g, '不好'], [/唔/g, '不'], [/冇问题/g, '没问题'], [/冇/g, '没有'], [/系咪/g, '是不是'],
  [/系呀|系啊|系喇|系嘅/g, '是的'], [/(^|[，,。\s])系(?!统|列|数|列)/g, '$1是'],
  [/听日/g, '明天'], [/後日|后日/g, '后天'], [/琴日|寻日/g, '昨天'], [/今日/g, '今天'], [/下昼/g, '下午'],
  [/朝早/g, '早上'], [/晏昼/g, '下午'], [/夜晚/g, '晚上'], [/几时/g, '什么时候'], [/点解/g, '为什么'],
  [/几多钱/g, '多少钱'], [/几钱/g, '多少钱'], [/边个/g, '哪个'], [/咩/g, '什么'], [/嘅/g, '的'],
  [/佢/g, '他'], [/嚟/g, '来'], [/咗/g, '了'], [/啲/g, '些'], [/揾/g, '找'], [/睇/g, '看'], [/畀/g, '给'],
  [/好嘅|好嘢/g, '好的'], [/(?<![记觉晓懂认])得(喇|啦)/g, '可以'],
  // Everyday forms the dictionary above missed (batch E's Hong Kong replies): 啱 = 对, 喺 = 在, 而家 = 现在.
  [/啱晒/g, '全对'], [/啱/g, '对'], [/喺/g, '在'], [/而家|依家/g, '现在'], [/屋企/g, '家里'], [/头先/g, '刚才'], [/我哋/g, '我们'], [/佢哋/g, '他们'],
  [/有没有平些/g, '能不能便宜些'], [/平些/g, '便宜些'], [/改做/g, '改成'], [/得咗|搞掂/g, '搞定'], [/好返|正常返/g, '好了'],
  [/都[是系]咁|仲[是系]咁/g, '还是这样'], [/咁/g, '这样'], [/边度/g, '哪里'], [/乜嘢|乜/g, '什么'], [/唔知|不知(?!道)/g, '不知道'],
  [/(?<![关联体派维直])系(?!统|列|数|好)/g, '是'],
  // 仲 = 还, 未 = 还没 in replies about a fix ("仲未好", "未得", "仲係唔得").
  // V緊 is the progressive (漏緊 = 在漏); 紧 after other words keeps its meaning (太紧了).
  [/(漏|响|闪|等|试|搞|整|转|滴|叫|用|冲|烧|跳)紧/g, '在$1'],
  [/仲未|还未/g, '还没'], [/未(得|好|搞定|修好|解决|有|试|变)/g, '没$1'], [/仲(?=[是系未没不唔有要在这])/g, '还'],
  // Sentence-final particles carry tone, not meaning (㗎, 喎, 啩, 囉, 嘞); 喇 at the end is 了.
  [/[㗎喎啩囉嘞]+/g, ''], [/喇(?=$|[，,。！!？?\s])/g, '了'],
];

/**
 * Sichuan/Hubei forms (莫得 = 没有, 莫再 = 别再) and the commonest pinyin-input slips seen in
 * replies (下五 for 下午, 确任 for 确认, 再家 for 在家): each maps to one standard form.
 */
const DIALECT_AND_TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/莫得/g, '没有'], [/莫(再|给|要|老|发|打|找)/g, '别$1'], [/莫(?=有|事|问题|啥|什么|关系|意思|用|法|人|空|时间|电|水)/g, '没'], [/莫/g, '别'], [/要得/g, '可以'], [/么样/g, '怎么样'],
  [/下五/g, '下午'], [/上五/g, '上午'], [/中五/g, '中午'], [/确任|确人/g, '确认'], [/解绝/g, '解决'], [/再家/g, '在家'],
  [/还末/g, '还没'], [/以经/g, '已经'], [/名子/g, '名字'], [/明个|明儿个|明儿/g, '明天'], [/(\d)\s*约/g, '$1月'],
  [/一哈/g, '一下'], [/啥子/g, '什么'], [/咋个/g, '怎么'],
  // Northern (Hebei, Shandong) forms: 俺 = 我, 后儿个 = 后天, 下晌 = 下午; net slang 木有 = 没有.
  [/俺们/g, '我们'], [/俺/g, '我'], [/后儿个|后个/g, '后天'], [/前儿个/g, '前天'], [/下晌|后晌|后半晌/g, '下午'], [/上晌|头晌|前晌|头午|前半晌/g, '上午'], [/晌午/g, '中午'],
  [/咋整|咋办/g, '怎么办'], [/木有/g, '没有'],
  // Shaanxi/Gansu 嫑 = 不要, northern 甭 = 不用, Sichuan 得行 = 行, Xi'an 没麻达 = 没问题; net slang 阔以 = 可以.
  // Xi'an 咧 at a clause end is 了 (好咧, 能用咧); Nanjing 不照 = 不行.
  [/咧(?=$|[\s，,。！!？?~])/g, '了'], [/不照(?![片相顾明着射])/g, '不行'],
  [/嫑/g, '不要'], [/甭/g, '不用'], [/(?<![记觉懂晓值舍使认获取赢免难显变懒])得行/g, '可以'], [/[没么]麻达/g, '没问题'], [/阔以/g, '可以'],
];

/**
 * Shanghainese (Wu) forms: 覅 = 不要, 勿 = 不, 阿拉 = 我, 侬 = 你, 侪 = 都, 辰光 = 时候, 勿来事 = 不行,
 * 一眼 = 一点, 交关 = 很多, 揿 = 按, 钞票 = 钱, 伐 at a clause end = 吗, 额 after a word at a clause end = 的.
 */
const SHANGHAINESE: ReadonlyArray<[RegExp, string]> = [
  [/覅/g, '不要'], [/勿来事/g, '不行'], [/来事/g, '行'], [/请勿|勿(?=打扰|扰|再)/g, '别'], [/勿/g, '不'], [/阿拉/g, '我'], [/侬/g, '你'], [/侪/g, '都'],
  [/啥辰光/g, '什么时候'], [/辰光/g, '时候'], [/一眼眼|一眼/g, '一点'], [/交关/g, '很多'], [/揿/g, '按'], [/钞票/g, '钱'],
  [/上半天/g, '上午'], [/下半天/g, '下午'], [/清爽/g, '清楚'], [/(?<=[\p{Script=Han}])伐(?=$|[\s，,。！!？?~])/gu, '吗'],
  [/(?<=[\p{Script=Han}])(?<![金余限数差份定超名总])额(?=$|[\s，,。！!？?~]|好意)/gu, '的'],
  // Tianjin/northern praise: 倍儿棒 = 很棒, 好使 = 好用; Henan 得劲 = 舒服.
  [/倍儿/g, '很'], [/好使了/g, '好用了'],
];

/**
 * Whole replies typed in pinyin without tones ("keyi", "hao de", "bu yong le", "mei wen ti"): the
 * words a reply to a yes/no, step, rating or choice prompt is made of, as Han text. Only for those
 * prompts (a field prompt may hold a pinyin name, "Wu Fen"). Word-bounded, longest first.
 */
const PINYIN: ReadonlyArray<[RegExp, string | ((match: string, n: string) => string)]> = [
  [/\bmei ?wen ?ti\b/g, '没问题'], [/\bmei ?you\b/g, '没有'], [/\bmei ?shi\b/g, '没事'], [/\bque ?ren\b/g, '确认'],
  [/\bbu ?xu ?yao\b/g, '不需要'], [/\bbu ?yong\b/g, '不用'], [/\bbu ?yao\b/g, '不要'], [/\bbu ?xing\b/g, '不行'], [/\bbu ?da\b/g, '不打'],
  [/\bdou ?bu ?xing\b/g, '都不行'], [/\bdou ?xing\b/g, '都行'], [/\bdou ?ke ?yi\b/g, '都可以'], [/\bsuan ?le\b/g, '算了'],
  [/\bhao ?de\b/g, '好的'], [/\bhao ?di\b/g, '好滴'], [/\bhao ?ba\b/g, '好吧'], [/\bhao ?le\b/g, '好了'], [/\bke ?yi\b/g, '可以'],
  [/\bshi ?de\b/g, '是的'], [/\bzhuan ?ren ?gong\b/g, '转人工'], [/\bqu ?xiao\b/g, '取消'], [/\bbu ?zhi ?dao\b/g, '不知道'],
  [/\bdeng ?liang\b/g, '灯亮'], [/\b(yi|er|san|si|wu) ?fen\b/g, (_: string, n: string) => `${'一二三四五'['yi er san si wu'.split(' ').indexOf(n)]}分`],
  [/^(yi|er|san|si|wu)$/g, (_: string, n: string) => '一二三四五'['yi er san si wu'.split(' ').indexOf(n)]], [/\ble\b/g, '了'],
];

/** Pinyin folded to Han in a reply's lower-case form, when it has Latin letters. */
export function foldPinyin(lower: string): string {
  if (!/\b(mei|que|bu|dou|suan|hao|ke|shi|zhuan|qu|deng|yi|er|san|si|wu)/.test(lower)) return lower;
  let out = lower;
  for (const [pattern, replacement] of PINYIN) out = out.replace(pattern, replacement as never);
  return out.replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
}

/** NFKC and traditional → simplified only, one character for one: where a value is found again in the reply (as-written.ts). */
export function simplifiedForm(raw: string): string {
  return simplify(raw.normalize('NFKC'));
}

export interface Normalized {
  /** Simplified, NFKC, Cantonese mapped, spaces collapsed; case kept (models and names need it). */
  text: string;
  /** `text` in lower case without spaces between Han characters, for matching. */
  lower: string;
}

/**
 * One normal form for every recogniser: traditional → simplified (OpenCC), NFKC (full-width digits
 * and letters, ideographic spaces), common Cantonese words, cut to MAX_INPUT characters.
 */
// A turn normalises the same reply a dozen times (language, interruptions, yes / no, choices, fields).
export const normalize = keptAnswers((raw: string): Readonly<Normalized> => Object.freeze(normalizeOnce(raw)), 256);

function normalizeOnce(raw: string): Normalized {
  let text = raw.slice(0, MAX_INPUT * 2).normalize('NFKC').slice(0, MAX_INPUT);
  text = simplify(text);
  if (/[唔冇系听後琴今下朝晏夜几点咩嘅佢嚟咗啲揾睇畀好得边啱喺而头我平改搞仲都乜㗎喇喎啩囉嘞咁未返紧依屋]/.test(text)) {
    for (const [pattern, replacement] of CANTONESE) text = text.replace(pattern, replacement);
  }
  if (/[莫要么下上中确解再还以名明约哈啥咋俺后前晌木嫑甭得麻阔咧照头]/.test(text)) {
    for (const [pattern, replacement] of DIALECT_AND_TYPOS) text = text.replace(pattern, replacement);
  }
  if (/[覅勿阿侬侪辰眼交揿钞半清伐额倍使]/.test(text)) {
    for (const [pattern, replacement] of SHANGHAINESE) text = text.replace(pattern, replacement);
  }
  text = text.replace(/[\s\u200b]+/g, ' ').trim();
  // Spaces typed between Chinese words ("没 问题 就 这样", voice input) carry no meaning for matching.
  const lower = text.toLowerCase().replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
  return { text, lower };
}
