import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';
import { pinyinDates, zhNumber } from './zh-numbers.js';
import { afterSelfCorrection } from './segments.js';

const FIELD = 'model' as const;
const NOT_VISIBLE = /看不到|看不着|看不见|看不清|找不到|找不着|没找到|磨掉|磨没|掉了|没有铭牌|不见了|模糊|不造|撕(掉|了)|\b((can'?t|cannot|can not|couldn'?t) (find|see|read)|worn off|no label|faded|(label|sticker|plate|tag) (is |was |has been |got )?(missing|gone|removed|torn off|ripped off)|(removed|tore off|ripped off) (the |its )?(label|sticker|plate|tag))\b/i;
/** A brand with nothing else ("海尔的", "it's a Samsung"): a start, and the model is still asked for. */
const BRANDS = String.raw`海尔|美的|格力|小米|华为|海信|tcl|长虹|创维|西门子|博世|松下|三星|索尼|飞利浦|戴森|苏泊尔|九阳|方太|老板|万和|万家乐|史密斯|奥克斯|志高|容声|美菱|惠而浦|伊莱克斯|科沃斯|石头|追觅|云鲸|佳能|惠普|爱普生|兄弟|联想|戴尔|大金|三菱|东芝|日立|夏普|samsung|lg|sony|philips|dyson|bosch|siemens|panasonic|haier|midea|gree|xiaomi|huawei|hisense|whirlpool|electrolux|canon|hp|epson|brother|dell|lenovo|apple|daikin|mitsubishi|toshiba|hitachi|sharp|beko|hotpoint|miele|aeg|asus|tp-link|netgear|roborock|ecovacs|irobot|breville|tefal|delonghi`;
const BRAND_ONLY = new RegExp(String.raw`^(?:(?:it'?s|it is|this is|是)?\s*(?:a|an|the)?\s*)(?:${BRANDS})(?:的|牌)?(?:的)?\s*(?:one|brand)?[.!。！\s]*$`, 'i');
/** A brand said anywhere ("格力的 一匹半挂机", "don't know, it's a Midea if that helps"): a start, the model is still asked. */
const LATIN_BRANDS = BRANDS.split('|').filter((b) => /^[a-z]/.test(b) && !['brother', 'sharp', 'apple'].includes(b));
const HAN_BRANDS = BRANDS.split('|').filter((b) => !/^[a-z]/.test(b));
const BRAND_SAID = new RegExp(String.raw`${HAN_BRANDS.join('|')}|\b(?:${LATIN_BRANDS.join('|')})\b`, 'i');
/** Ratings printed beside a model (220V, 50/60Hz, 1.5匹, 452 litres): not a model. */
const SPEC = /^\d+(?:[./]\d+)*(?:v|w|kw|hz|l|kg|p|mm|cm|a|mah|wh)$/i;
/** Dialect ways of not knowing or not seeing: 冇知, 勿晓得, 看勿到, 不识 (cannot read it), the box thrown away, too high to reach. */
const CANNOT_TELL = /冇知|没有知|勿晓得|勿知|看勿到|看勿清|不识|不认得|不认识|扔了|丢了|够不着|够不到|爬不上|\b(threw|thrown) (it|the box)\b/;
const SUFFIX = /^(pro|max|plus|ultra|lite|mini|se|air|neo|prime)$/i;
const HAN_DIGITS: Record<string, string> = { 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "BCD杠四七零WDPG" (read out by voice): 杠 is a dash, 斜杠 a slash, Han digits inside a model are digits. */
function spokenModel(text: string): string {
  if (!/杠|[A-Za-z0-9]\s*[零一二三四五六七八九十百]/.test(text)) return text;
  // "JSQ 二十五 杠 十三 HP": spaces said between the parts are not in the model; 二十五 is 25.
  text = text.replace(/\s*(杠|斜杠)\s*/g, '$1').replace(/(?<=[A-Za-z0-9])\s+(?=[零一二三四五六七八九十])|(?<=[零一二三四五六七八九十])\s+(?=[A-Za-z0-9])/g, '')
    .replace(/(?<=[A-Za-z0-9杠/-])[零一二三四五六七八九]百(?:[零一二三四五六七八九]十?){0,2}|(?<=[A-Za-z0-9杠/-])[零一二三四五六七八九]?十[零一二三四五六七八九]?/g, (run) => String(zhNumber(run) ?? run));
  return text.replace(/斜杠/g, '/').replace(/杠/g, '-').replace(/(?<=[A-Za-z0-9/-][零一二三四五六七八九]*)[零一二三四五六七八九]/g, (c) => HAN_DIGITS[c]);
}

/**
 * A model number: the longest token with letters and digits (dashes, slashes and dots inside),
 * found by splitting, not by a backtracking pattern (the old one took 11 s on 2,000 letters).
 * After "model"/"型号" that token is preferred; a serial number ("S/N …") is not a model.
 */
/** Brackets kept only when they pair up inside the token. */
function balanced(token: string): string {
  const open = (token.match(/\(/g) ?? []).length;
  return open === (token.match(/\)/g) ?? []).length ? token : token.replace(/[()]/g, '');
}

const ILLEGIBLE = /看不(太)?清|睇唔(太)?清|不(太)?清楚|唔清楚|模糊|记不清|不确定|还是.{1,12}来着|[A-Za-z0-9]\?+[A-Za-z0-9]|[A-Za-z0-9]\?\?|\bnot sure\b|\bfaded\b|可能[是系]\d|后面(的)?(忘|看|记)|\b(can'?t read|cannot read|hard to read|might be an?|could be an?|smudged|something like|the rest|or something|\w+ something)\b/i;

export function readModel(typed: string): Reading | undefined {
  // "XQG100-B14266…不对，是XQG100-B14226": the model after the customer's own correction.
  const raw = afterSelfCorrection(typed);
  // "XQG80一B14", "xqb80一1708": 一 typed for a dash between the parts (Arabic digits on both sides are not read aloud).
  const text = spokenModel(raw.replace(/(?<=[A-Za-z0-9])一(?=[A-Za-z])|(?<=\d)一(?=\d)/g, '-'))
    // "xqg80 -B1426": a dash typed with a space beside it still joins the parts.
    .replace(/(?<=[A-Za-z0-9])\s+-\s*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])-\s+(?=[A-Za-z0-9])/g, '-')
    .replace(/\b(s\/n|sn|serial( number| no\.?)?|imei|order( id)?|fd|mfd|mfg|lot|date)\b\s*(is|:|\.)?\s*[A-Za-z0-9-]+/gi, ' ');
  const after = text.match(/(?:model|型号|\be-?nr\b\.?|\bmtm\b|\bp\/n\b|\btype\b)\s*(?:is|:|：|是|number|no\.?)?\s*(.*)$/i)?.[1];
  for (const source of after ? [after, text] : [text]) {
    // "KFR-35GW/(35592)FNhAa-B1": brackets inside a model are part of it; unbalanced ones around it are not.
    const tokens = source.split(/[^A-Za-z0-9\-/.+()]+/).map((t) => balanced(t).replace(/^[-/.+]+|[-/.+]+$/g, '')).filter(Boolean);
    const joined: string[] = [];
    for (const token of tokens) {
      const previous = joined[joined.length - 1];
      // "KFR 35GW" and "T20 Pro" are one model written with a space.
      if (previous && /^[A-Za-z]{2,5}$/.test(previous) && /^\d/.test(token) && previous === previous.toUpperCase()) joined[joined.length - 1] = `${previous}${token}`;
      else if (previous && /\d/.test(previous) && SUFFIX.test(token)) joined[joined.length - 1] = `${previous} ${token}`;
      else joined.push(token);
    }
    // "xps 13 9340", "pixma g3010", "XQG90 BD14": a reply that is only a model typed in groups is the whole model, not its longest group.
    const grouped = joined.length > 1 ? wholeGroups(source) : undefined;
    if (grouped && !ILLEGIBLE.test(raw)) return { kind: 'value', field: FIELD, value: grouped };
    const candidates = joined.filter((t) => t.length >= 3 && t.length <= 30 && /[A-Za-z]/.test(t) && /\d/.test(t) && !SPEC.test(t));
    if (candidates.length) {
      const best = source === after ? candidates[0] : candidates.reduce((a, b) => (b.length > a.length ? b : a));
      // "JSQ30- 后面看不清了", "MG25 something, can't read the rest": only part of the model could be read.
      // An ellipsis is a pause ("稍等 我拍一下…… RT-AX56U") unless it trails the model itself ("SN2025...").
      // "WQP12-7619A还是7619B", "RT-AX3000 or RT-AX5400": two candidates, the customer is not sure which.
      const twoOf = new RegExp(`${best.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*(还是|或者|或|定系|\\bor\\b)\\s*[A-Za-z0-9-]*\\d`, 'i');
      if (ILLEGIBLE.test(raw) || twoOf.test(text) || new RegExp(`${best.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*(\\.{2,}|…)`, 'i').test(text)) return { kind: 'partial', field: FIELD, known: {} };
      return { kind: 'value', field: FIELD, value: best.toUpperCase() };
    }
  }
  if (/开头|\bstarts? with\b|\bbegins? with\b/i.test(raw)) return { kind: 'partial', field: FIELD, known: {} };
  const compact = pinyinDates(raw.toLowerCase()).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  // A brand is something to go on even beside "don't know": the dialog asks for the model with the brand kept.
  if (BRAND_ONLY.test(raw.trim()) || (BRAND_SAID.test(raw) && !/[?？吗]/.test(raw))) return { kind: 'partial', field: FIELD, known: {} };
  if (saysDontKnow(compact) || NOT_VISIBLE.test(compact) || CANNOT_TELL.test(compact)) return { kind: 'dont_know' };
  // "6921734909120": a barcode or serial of digits alone is not a model.
  if (/^\d{8,}$/.test(raw.trim())) return { kind: 'invalid', field: FIELD, reason: 'unreadable' };
  return /[\p{L}]{2}/u.test(raw) ? { kind: 'invalid', field: FIELD, reason: 'unreadable' } : undefined;
}

/**
 * The model when the reply (or what follows "Model:") is nothing but two or three groups: a series name of
 * letters or a code first, then codes with digits ("XPS 13 9340"). Undefined for anything with other words
 * in it ("no idea 123"), for digits alone (a phone) and for specifications ("220V 50Hz").
 */
const NOT_A_SERIES = /^(is|it|its|it's|the|my|a|an|no|nr|num|number|model|type|and|or|maybe|like|about|say|says|read|reads|label|think|was|be|to|of|on)$/i;

function wholeGroups(source: string): string | undefined {
  const trimmed = source.trim().replace(/^['"‘“「]+|['"’”」.。!！]+$/g, '').trim();
  const groups = trimmed.split(/\s+/);
  if (groups.length < 2 || groups.length > 3 || trimmed.length > 24) return undefined;
  if (!groups.every((g) => /^[A-Za-z0-9][A-Za-z0-9\-/.]{0,11}$/.test(g) && !SPEC.test(g))) return undefined;
  const [first, ...rest] = groups;
  if (!/\d/.test(first) && (!/^[A-Za-z]{2,10}$/.test(first) || NOT_A_SERIES.test(first))) return undefined;
  if (!rest.every((g) => /\d/.test(g)) || !/[A-Za-z]/.test(trimmed)) return undefined;
  return groups.join(' ').toUpperCase();
}
