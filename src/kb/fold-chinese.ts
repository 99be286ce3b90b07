import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified, one character at a time. The map is built once from opencc-js's
 * Hong Kong → mainland converter run over the CJK block: converting per character is enough for
 * search (phrase-level choices like 乾隆 vs 干燥 do not change which article fits) and costs one
 * lookup per character, where a converter call per query costs ~0.2 ms.
 */
let charMap: Map<string, string> | undefined;

function traditionalChars(): Map<string, string> {
  if (charMap) return charMap;
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const map = new Map<string, string>();
  const chars: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  for (const ch of chars) {
    const simplified = convert(ch);
    if (simplified !== ch && simplified.length === 1) map.set(ch, simplified);
  }
  charMap = map;
  return map;
}

/**
 * Cantonese words written by Hong Kong and Guangdong customers, and Taiwanese appliance names, after
 * simplification, mapped to the Mandarin the articles use. General dialect vocabulary (grammar words, appliance names, common
 * verbs), not tied to any one article. Applied longest first, so 冷气机 wins over 冷气 and 唔冻 over 唔.
 */
const CANTONESE_WORDS: readonly [string, string][] = [
  ['雪柜', '冰箱'], ['冷气机', '空调'], ['冷气', '空调'], ['洗衫机', '洗衣机'], ['焗炉', '烤箱'],
  ['煤气炉', '燃气灶'], ['热水炉', '热水器'], ['手提电话', '手机'], ['手提电脑', '笔记本'], ['电视机', '电视'],
  ['跳掣', '跳闸'], ['水喉', '水管'], ['唔冻', '不冷'], ['唔够冻', '不够冷'], ['好嘈', '噪音大'], ['嘈', '吵'],
  ['点解', '为什么'], ['点算', '怎么办'], ['点样', '怎么'], ['边度', '哪里'], ['乜嘢', '什么'], ['咩', '什么'],
  ['冇', '没有'], ['唔', '不'], ['咗', '了'], ['嘅', '的'], ['喺', '在'], ['佢', '它'], ['啲', '些'],
  ['嘢', '东西'], ['睇', '看'], ['俾', '给'], ['攞', '拿'], ['嚟', '来'], ['行唔郁', '不动'], ['喇', '了'], ['喇叭', '喇叭'],
  ['咁', '这么'], ['成日', '一直'], ['好似', '好像'], ['㗎', '的'], ['唔该', '谢谢'], ['开唔到', '开不了'],
  ['你哋', '你们'], ['佢哋', '他们'], ['我哋', '我们'], ['去水', '排水'], ['入水', '进水'], ['撳', '按'], ['掣', '按钮'],
  ['哔哔', '嘀嘀'], ['瞓', '睡'], ['着唔到', '打不着'], ['郁唔到', '不动'],
  // Taiwan usage, after simplification: the same appliances under their Taiwanese names.
  ['瓦斯炉', '燃气灶'], ['瓦斯', '燃气'], ['笔电', '笔记本'], ['印表机', '打印机'], ['萤幕', '屏幕'], ['荧幕', '屏幕'],
  ['墨水匣', '墨盒'], ['碳粉匣', '硒鼓'], ['保固', '保修'], ['网路', '网络'], ['讯号', '信号'], ['软体', '软件'],
];

const CANTONESE_MAP = new Map(CANTONESE_WORDS);
/** One alternation, longest first: at each position the longest word wins, and 喇叭 (a speaker) stays. */
const CANTONESE_PATTERN = new RegExp([...CANTONESE_MAP.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

const HAN = /[\u3400-\u9fff]/;
/** Characters only Cantonese writing uses, or that start one of its words: without one, the replace is skipped. */
const CANTONESE_HINT = new RegExp(`[${[...new Set(CANTONESE_WORDS.map(([c]) => c[0]))].join('')}]`);

/** Traditional characters become simplified and Cantonese words Mandarin; other text is unchanged. */
export function foldChinese(text: string): string {
  if (!HAN.test(text)) return text;
  const map = traditionalChars();
  let simplified = text;
  for (const ch of text) {
    if (!map.has(ch)) continue;
    // Rare (most text is simplified): only then is the string rebuilt.
    simplified = Array.from(text, (c) => map.get(c) ?? c).join('');
    break;
  }
  if (!CANTONESE_HINT.test(simplified)) return simplified;
  return simplified.replace(CANTONESE_PATTERN, (word) => CANTONESE_MAP.get(word) ?? word);
}
