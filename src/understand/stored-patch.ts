import { simplifiedForm } from './normalize.js';
import { zhNumber } from './zh-numbers.js';

/**
 * "门牌号错了 不是502 是602", "the flat's 12D, not 12B", "尾数是4576 不是4567", "名字是晓雯 不是小": the
 * customer names only the part of a stored value that is wrong. The stored value with that part
 * replaced, or undefined when the part is not in it exactly once or the new part cannot be told.
 */

/** The rejected part: after 不是 / not / instead of, up to the next pause; "照相的照" names the character 照. */
const REJECTED = /(?:不是|不系|唔系|而不是|并非|\bnot\b|\binstead of\b)\s*([^\s,，。.!！?？;；是]{1,20}(?:\s+[A-Za-z]?\d{1,5}[A-Za-z]?\b)?)|(?:打成|写成|弄成|登记成|记成)([^\s,，。.!！?？;；是了]{1,12})了/gi;
/** "是晓雯 破晓的晓", "我姓赵": a character given by a word that holds it, or after 姓. */
const DESCRIBED = /[\p{Script=Han}]{1,3}的([\p{Script=Han}])(?![\p{Script=Han}])|姓([\p{Script=Han}])|(?<![\p{Script=Han}])是([\p{Script=Han}])(?![\p{Script=Han}])/gu;

interface Rejected { part: string; at: number; length: number }

function rejectedParts(said: string): Rejected[] {
  const out: Rejected[] = [];
  for (const hit of said.matchAll(REJECTED)) {
    // "不是16号🙏": an emoji closes the part.
    let part = (hit[1] ?? hit[2]).replace(/\p{Extended_Pictographic}[\s\S]*$/u, '').replace(/[了啊呀哈嘛吧的]+$/u, '');
    const described = part.match(/^[\p{Script=Han}]{1,3}的([\p{Script=Han}])$/u);
    if (described) part = described[1];
    if (part) out.push({ part, at: hit.index ?? 0, length: hit[0].length });
  }
  return out;
}

/** A pattern of the same shape as the rejected part: digits for digits, a letter for a letter, words kept. */
function shapeOf(part: string): RegExp | undefined {
  const runs = part.match(/\d+|[A-Za-z]+|\s+|[^\dA-Za-z\s]+/g) ?? [];
  if (!runs.some((r) => /[\dA-Za-z]/.test(r))) return undefined;
  const source = runs.map((r) => {
    // "是18号 不是8号": the new number may have a digit more or less.
    if (/^\d+$/.test(r)) return `\\d{${Math.max(1, r.length - 1)},${r.length + 1}}`;
    if (/^[A-Za-z]$/.test(r)) return '[A-Za-z]';
    if (/^\s+$/.test(r)) return '\\s*';
    return r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  // A boundary only where the part starts or ends with a digit or letter: "18楼" is found in "28楼B室".
  const before = /^[\dA-Za-z]/.test(part) ? '(?<![\\dA-Za-z])' : '';
  const after = /[\dA-Za-z]$/.test(part) ? '(?![\\dA-Za-z])' : '';
  return new RegExp(`${before}${source}${after}`, 'gi');
}

/** Where `part` stands in `stored`, compared in simplified form and case-blind, when it stands there once. */
function onlyPlace(stored: string, part: string): number | undefined {
  const haystack = simplifiedForm(stored).toLowerCase();
  const needle = simplifiedForm(part).toLowerCase();
  const at = haystack.indexOf(needle);
  if (at < 0 || haystack.indexOf(needle, at + 1) >= 0) return undefined;
  return at;
}

/** The new part for a rejected one: the same shape nearest to where the customer rejected it. */
function newPart(said: string, rejected: Rejected, kept: string, stored: string, at: number): string | undefined {
  const shape = shapeOf(rejected.part);
  if (shape) {
    const differs = [...kept.matchAll(shape)].filter((m) => m[0].toLowerCase() !== rejected.part.toLowerCase());
    // "地址是莲前西路188号5栋702 不是705": a part the stored value already holds (188) is restated, not new.
    const found = differs.length > 1 ? differs.filter((m) => onlyPlace(stored, m[0]) === undefined && !simplifiedForm(stored).toLowerCase().includes(m[0].toLowerCase())) : differs;
    if (found.length === 1) return found[0][0];
    return undefined;
  }
  // "是郫都区 不是温江区": a place word of the same unit (区, 路, 村…) and about the same length in its place.
  const unit = rejected.part.match(/(?:区|县|市|镇|乡|村|路|街|道|巷|苑|园|小区|花园|大厦|座|栋|幢)$/u)?.[0];
  if (unit && [...rejected.part].length >= 2) {
    const n = [...rejected.part].length;
    // A word of the same length first; one a character longer or shorter without a leading 是/在/改成.
    const words = [...kept.matchAll(new RegExp(`[\\p{Script=Han}]{${Math.max(1, n - unit.length - 1)},${n - unit.length + 1}}${unit}`, 'gu'))]
      .map((m) => m[0].replace(/^(?:是|在|为|改成|改为|应该是)/u, '')).filter((w) => w.length > unit.length && w !== rejected.part && !simplifiedForm(stored).includes(w));
    const same = words.filter((w) => w.length === n);
    if (same.length === 1) return same[0];
    if (words.length === 1) return words[0];
    return undefined;
  }
  // "名唔系梁嘉欣 系梁家欣": a whole Han word rejected, and one of its length said after 是 / 系 / 叫.
  if (/^\p{Script=Han}{2,4}$/u.test(rejected.part)) {
    const n = rejected.part.length;
    const said = [...kept.matchAll(new RegExp(`(?:是|系|叫|为|应该是)\\s*(\\p{Script=Han}{${n}})(?!\\p{Script=Han})`, 'gu'))].map((m) => m[1])
      .filter((w) => w !== rejected.part && [...w].some((c, i) => c === rejected.part[i]));
    return said.length === 1 ? said[0] : undefined;
  }
  if ([...rejected.part].length !== 1) return undefined;
  // One character: a fragment of the reply that matches the stored value around it ("晓雯" for 小雯), or one described.
  const around = simplifiedForm(stored);
  const runs = kept.match(/[\p{Script=Han}]{2,}/gu) ?? [];
  const fragments = runs.flatMap((run) => [...run].flatMap((_, s) => [2, 3, 4].map((n) => run.slice(s, s + n)).filter((f) => f.length > 1)));
  for (const fragment of new Set(fragments)) {
    for (let i = 0; i < fragment.length; i += 1) {
      const start = at - i;
      if (start < 0 || start + fragment.length > around.length) continue;
      const window = around.slice(start, start + fragment.length);
      const differs = [...fragment].filter((c, j) => c !== window[j]).length;
      if (differs === 1 && fragment[i] !== window[i]) return fragment[i];
    }
  }
  const described = [...said.matchAll(DESCRIBED)].map((m) => m[1] ?? m[2] ?? m[3]).filter((c) => c !== rejected.part);
  return described.length ? described[described.length - 1] : undefined;
}

/** 五号楼 / 二单元 / 十二楼: a Chinese numeral before an address unit, as digits (the stored value is written so). */
const UNIT_NUMERAL = /([零〇一二两三四五六七八九十幺]{1,4})(?=号楼|号院|号|栋|幢|座|楼|层|单元|室|门|期|排|组)/g;
/** 七七八九: digits said one by one (a phone's tail, a flat number), three or more of them. */
const DIGIT_RUN = /[零〇一二三四五六七八九幺]{3,}/g;
const DIGIT_OF: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const unitDigits = (said: string) => said.replace(UNIT_NUMERAL, (run) => String(zhNumber(run.replace(/幺/g, '一')) ?? run))
  .replace(DIGIT_RUN, (run) => [...run].map((c) => DIGIT_OF[c]).join(''));

/** The stored value with `from` at `at` replaced by `to`, changing only the characters that differ (18樓 → 28樓 keeps 樓). */
function replaced(stored: string, at: number, from: string, to: string): string {
  let head = 0;
  while (head < from.length && head < to.length && simplifiedForm(from[head]).toLowerCase() === simplifiedForm(to[head]).toLowerCase()) head += 1;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && simplifiedForm(from[from.length - 1 - tail]).toLowerCase() === simplifiedForm(to[to.length - 1 - tail]).toLowerCase()) tail += 1;
  return `${stored.slice(0, at + head)}${to.slice(head, to.length - tail)}${stored.slice(at + from.length - tail)}`;
}

export function patchStored(stored: string, saidAsTyped: string): string | undefined {
  const said = unitDigits(saidAsTyped);
  // "The building number is not correct. It is Building 3, not Building 8.": only a part the stored value holds is rejected.
  const all = rejectedParts(said);
  const rejected = all.length > 1 ? all.filter((r) => onlyPlace(stored, r.part) !== undefined) : all;
  if (rejected.length !== 1) return undefined;
  const [first] = rejected;
  const kept = `${said.slice(0, first.at)} ${said.slice(first.at + first.length)}`;
  const at = onlyPlace(stored, first.part);
  if (at === undefined) return undefined;
  const replacement = newPart(said, first, kept, stored, at);
  if (!replacement) return undefined;
  return replaced(stored, at, first.part, replacement);
}

/** A numbered address part: 3单元, 5号楼, 1203室, 18楼, Building 3, Flat 12B. */
const UNIT_PART = /(\d{1,5}[A-Za-z]?)(号楼|栋|幢|座|单元|室|楼|层)|\b(flat|unit|apt|room|rm|block|blk|building|bldg|tower|floor)\s*(?:no\.?\s*)?([A-Za-z]?\d{1,5}[A-Za-z]?)\b/gi;

/**
 * "单元错了 三单元", "wrong block, it's block 7": one numbered part said with its unit, no part rejected.
 * The stored address with the number of that unit replaced, when the unit stands in it once with
 * another number; the caller asks for a change word first.
 */
export function patchByUnit(stored: string, saidAsTyped: string): string | undefined {
  const said = unitDigits(saidAsTyped);
  const parts = [...said.matchAll(UNIT_PART)].map((m) => ({ number: m[1] ?? m[4], unit: (m[2] ?? m[3]).toLowerCase() }));
  if (parts.length !== 1) return undefined;
  const [{ number, unit }] = parts;
  const haystack = simplifiedForm(stored);
  const inStored = [...haystack.matchAll(UNIT_PART)].filter((m) => (m[2] ?? m[3]).toLowerCase() === unit);
  if (inStored.length !== 1) return undefined;
  const hit = inStored[0];
  const old = hit[1] ?? hit[4];
  if (old.toLowerCase() === number.toLowerCase()) return undefined;
  // The number leads a Chinese part (3单元) and ends an English one (Building 3).
  const start = (hit.index ?? 0) + (hit[1] ? 0 : hit[0].length - old.length);
  return `${stored.slice(0, start)}${number}${stored.slice(start + old.length)}`;
}
