import type { Reading } from './reading.js';
import { saysDontKnow } from './yes-no.js';
import { zhNumber } from './zh-numbers.js';

const FIELD = 'model' as const;
const NOT_VISIBLE = /看不到|看不着|看不见|看不清|找不到|找不着|没找到|磨掉|磨没|掉了|没有铭牌|不见了|模糊|不造|\b((can'?t|cannot|can not|couldn'?t) (find|see|read)|worn off|no label|faded)\b/i;
/** A brand with nothing else ("海尔的", "it's a Samsung"): a start, and the model is still asked for. */
const BRAND_ONLY = /^(?:(?:it'?s|it is|this is|是)?\s*(?:a|an|the)?\s*)(?:海尔|美的|格力|小米|华为|海信|tcl|长虹|创维|西门子|博世|松下|三星|索尼|飞利浦|戴森|苏泊尔|九阳|方太|老板|万和|万家乐|史密斯|奥克斯|志高|容声|美菱|惠而浦|伊莱克斯|科沃斯|石头|追觅|云鲸|佳能|惠普|爱普生|兄弟|联想|戴尔|大金|三菱|东芝|日立|夏普|samsung|lg|sony|philips|dyson|bosch|siemens|panasonic|haier|midea|gree|xiaomi|huawei|hisense|whirlpool|electrolux|canon|hp|epson|brother|dell|lenovo|apple|daikin|mitsubishi|toshiba|hitachi|sharp|beko|hotpoint|miele|aeg|asus|tp-link|netgear|roborock|ecovacs|irobot|breville|tefal|delonghi)(?:的|牌)?(?:的)?\s*(?:one|brand)?[.!。！\s]*$/i;
const SUFFIX = /^(pro|max|plus|ultra|lite|mini|se|air|neo|prime)$/i;
const HAN_DIGITS: Record<string, string> = { 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "BCD杠四七零WDPG" (read out by voice): 杠 is a dash, 斜杠 a slash, Han digits inside a model are digits. */
function spokenModel(text: string): string {
  if (!/杠|[A-Za-z0-9]\s*[零一二三四五六七八九十]/.test(text)) return text;
  // "JSQ 二十五 杠 十三 HP": spaces said between the parts are not in the model; 二十五 is 25.
  text = text.replace(/\s*(杠|斜杠)\s*/g, '$1').replace(/(?<=[A-Za-z0-9])\s+(?=[零一二三四五六七八九十])|(?<=[零一二三四五六七八九十])\s+(?=[A-Za-z0-9])/g, '')
    .replace(/(?<=[A-Za-z0-9杠/-])[零一二三四五六七八九]?十[零一二三四五六七八九]?/g, (run) => String(zhNumber(run) ?? run));
  return text.replace(/斜杠/g, '/').replace(/杠/g, '-').replace(/(?<=[A-Za-z0-9/-][零一二三四五六七八九]*)[零一二三四五六七八九]/g, (c) => HAN_DIGITS[c]);
}

/**
 * A model number: the longest token with letters and digits (dashes, slashes and dots inside),
 * found by splitting, not by a backtracking pattern (the old one took 11 s on 2,000 letters).
 * After "model"/"型号" that token is preferred; a serial number ("S/N …") is not a model.
 */
const ILLEGIBLE = /看不清|睇唔清|不清楚|唔清楚|模糊|记不清|不确定|还是.{1,12}来着|[A-Za-z0-9]\?+[A-Za-z0-9]|[A-Za-z0-9]\?\?|\bnot sure\b|\bfaded\b|可能[是系]\d|后面(的)?(忘|看|记)|\b(can'?t read|cannot read|smudged|something like|the rest|or something|\w+ something)\b|\.{3}/i;

export function readModel(raw: string): Reading | undefined {
  const text = spokenModel(raw).replace(/\b(s\/n|sn|serial( number| no\.?)?|imei|order( id)?)\s*(is|:)?\s*[A-Za-z0-9-]+/gi, ' ');
  const after = text.match(/(?:model|型号)\s*(?:is|:|：|是|number)?\s*(.*)$/i)?.[1];
  for (const source of after ? [after, text] : [text]) {
    const tokens = source.split(/[^A-Za-z0-9\-/.+]+/).map((t) => t.replace(/^[-/.+]+|[-/.+]+$/g, '')).filter(Boolean);
    const joined: string[] = [];
    for (const token of tokens) {
      const previous = joined[joined.length - 1];
      // "KFR 35GW" and "T20 Pro" are one model written with a space.
      if (previous && /^[A-Za-z]{2,5}$/.test(previous) && /^\d/.test(token) && previous === previous.toUpperCase()) joined[joined.length - 1] = `${previous}${token}`;
      else if (previous && /\d/.test(previous) && SUFFIX.test(token)) joined[joined.length - 1] = `${previous} ${token}`;
      else joined.push(token);
    }
    const candidates = joined.filter((t) => t.length >= 3 && t.length <= 30 && /[A-Za-z]/.test(t) && /\d/.test(t));
    if (candidates.length) {
      const best = source === after ? candidates[0] : candidates.reduce((a, b) => (b.length > a.length ? b : a));
      // "JSQ30- 后面看不清了", "MG25 something, can't read the rest": only part of the model could be read.
      if (ILLEGIBLE.test(raw)) return { kind: 'partial', field: FIELD, known: {} };
      return { kind: 'value', field: FIELD, value: best.toUpperCase() };
    }
  }
  if (/开头|\bstarts? with\b|\bbegins? with\b/i.test(raw)) return { kind: 'partial', field: FIELD, known: {} };
  const compact = raw.toLowerCase().replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  if (BRAND_ONLY.test(raw.trim())) return { kind: 'partial', field: FIELD, known: {} };
  if (saysDontKnow(compact) || NOT_VISIBLE.test(compact)) return { kind: 'dont_know' };
  return /[\p{L}]{2}/u.test(raw) ? { kind: 'invalid', field: FIELD, reason: 'unreadable' } : undefined;
}
