import { EN_AREA, ZH_AREA, ZH_CITY } from './places.js';
import type { Reading } from './reading.js';
import { afterSelfCorrection, withoutRejected } from './segments.js';

const FIELD = 'address' as const;

/** A street-level place with a number: the part an engineer rings at. */
const PLACE = /路|街|道|巷|弄|胡同|里|号|栋|幢|座|楼|单元|室|小区|花园|大厦|公寓|广场|村|邨|苑|府|城|庭|园|居|阁|镇|乡|屯|组|期|宿舍|中心|大楼|门/;
const NUMBERED = /\d|[一二三四五六七八九十]+(号|栋|幢|楼|单元)/;
const EN_STREET = /\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|cres|terrace|tce|gardens|square|sq|highway|hwy|parkway|pkwy|broadway|row|walk|cross|main|mews|grove|parade|esplanade|circuit|marg|jalan|lorong|persiaran|taman|menara|towers|layout|sector|block|blk|turn|sec|section|estate|mansion|centre|center|plaza|villa|house|nagar|colony|soho|residency|apartments?|tower|bldg|building|flat|apt|unit|suite|floor|rm|room|\d+\/f)\b/i;

const LEAD = /^(?:应该是|改成|改为|换成)?(?:我家|家里|家|我屋企|屋企|我们|我|额屋里?|额)?(?:的)?(?:地址|住址|上门地址)?(?:是|在|为|:|：)?\s*(?:我家|家里)?(?:是|在)?(?:住在|住)?\s*/;
const EN_LEAD = /^(?:(?:change (?:it |that )?)?to\s+|should be\s+|(?:(?:kindly |please )?note (?:down )?)?(?:my |the )?(?:home |office |new )?(?:address|office)(?: is)?:?|it'?s|it is|i live at|we'?re at|i'?m at|(?:my|our|the) [a-z]+(?:'s)?(?: is)?(?: at| in|:)?(?= (?:\d|flat|unit|apt|rm|room|no\.|#|blk|block)))\s*/i;

const CHATTER = /我|你|他|她|吗|呢|没|^家里$|师傅|哈(?!尔滨)|吧|谢|麻烦|电梯|到了|电话|来过|不是|保安|门口|门禁|密码|按|就行|地址|白天|晚上|就让|那个|就是|那边|靠着|绿色|的/;
/** A floor or a flat written alone ("18F", "802", "B座" is caught by PLACE): part of the address around it. */
const UNIT_ALONE = /^(?:\d{1,4}[fF楼]?|[A-Za-z]?\d{1,4}[A-Za-z]?|[零一二三四五六七八九幺]{3,4})$/;
const addressLike = (c: string) => (ZH_AREA.test(c) || PLACE.test(c) || /^[\d-]+$/.test(c) || UNIT_ALONE.test(c) || /店|公司|学校|医院/.test(c)) && !CHATTER.test(c.replace(/^(家里|我家)是/, ''));

function chinese(text: string): Reading | undefined {
  // The address is the longest run of address-like clauses that has an area and a numbered place;
  // the last such run when the customer corrected themselves ("…不对 是家里 家里是…").
  const raw = text.split(/[\s，,。！!？?；;（）()]+/).filter(Boolean);
  const clauses = raw.map((c, i) => (i === 0 ? c.replace(LEAD, '').trim() || c : c.replace(/^(家里|我家)是/, '')));
  // A short name between two address parts ("华科" in "…1037号 华科 东区 教工宿舍") belongs to it.
  const part = (k: number) => addressLike(clauses[k]) || (k > 0 && k + 1 < clauses.length && clauses[k].length <= 4 && !CHATTER.test(clauses[k]) && addressLike(clauses[k + 1]) && addressLike(clauses[k - 1]));
  let best: string[] | undefined;
  for (let i = 0; i < clauses.length; i += 1) {
    if (!addressLike(clauses[i])) continue;
    let j = i;
    while (j + 1 < clauses.length && part(j + 1)) j += 1;
    const run = clauses.slice(i, j + 1);
    // Written from the largest unit down: "是7号楼 不是1号楼 天津市…7号楼…" restates a part before the whole.
    while (run.length > 1 && !ZH_AREA.test(run[0]) && run.slice(1).some((c) => ZH_AREA.test(c)) && (!/\d/.test(run[0]) || run.slice(1).join('').includes(run[0].replace(/^是/, '')))) run.shift();
    const joined = run.join('');
    if (ZH_CITY.test(joined) && PLACE.test(joined) && NUMBERED.test(joined) && joined.length >= (best?.join('').length ?? 0)) best = run;
    i = j;
  }
  if (best) return { kind: 'value', field: FIELD, value: joinOriginal(text, best) };
  if (clauses.some((c) => ZH_AREA.test(c) || (PLACE.test(c) && !/[?？吗呢]/.test(c))) || /老地方|上次那个|一样的|同一个|[跟同和]上次一样|上次的地址/.test(text)) return { kind: 'partial', field: FIELD, known: {} };
  return { kind: 'invalid', field: FIELD, reason: 'no_place' };
}

/** The clauses as the customer wrote them, with the spaces they used. */
function joinOriginal(text: string, clauses: string[]): string {
  const first = text.indexOf(clauses[0]);
  const last = clauses[clauses.length - 1];
  const end = text.indexOf(last, first) + last.length;
  return first >= 0 && end > first ? text.slice(first, end) : clauses.join(' ');
}

/**
 * Where the address ends and the chatter begins: a sentence break (not the dot of "No.", "Rd." or
 * "E."), a dash before words, or a word that starts an instruction ("ask for", "pls ring twice").
 */
const EN_AFTER = /\s+[-–—]\s+(?!\d)|\s*[–—]\s*|(?<!\b(?:no|sec|rd|st|ave|dist|blvd|bldg|blk|apt|flr|fl|rm|ln|dr|ct|mt|[a-z]))\.\s+(?=[A-Z])|\.\s*$|;\s*|\s+(?:ask|call|please|pls|plz|kindly|gate|thanks|thank you|ring (?:the|twice|me|my|bell|doorbell)|buzz|knock|text me|door code|the code|lift|elevator|come (?:at|in|before|after|on))\b/i;

function english(text: string): Reading | undefined {
  const value = text.replace(EN_LEAD, '').split(EN_AFTER)[0].trim().replace(/^[,:]\s*/, '');
  // "22 Acacia Avenue, Reading" names no postcode or city we know: a careful agent asks which town.
  const street = EN_STREET.test(value) && /\d/.test(value);
  const city = EN_AREA.test(value) || value.split(',').length >= 3;
  if (street && city) return { kind: 'value', field: FIELD, value };
  if (EN_STREET.test(value) || EN_AREA.test(value) || /\b(same as|last time|on file|shipping address|district|near)\b/i.test(value)) return { kind: 'partial', field: FIELD, known: {} };
  return undefined;
}

/**
 * The address as written, cleaned of "地址是…" and the chatter around it. A place is needed: no
 * city-level area or no numbered street-level place is `partial` (a careful agent asks).
 */
export function readAddress(text: string): Reading | undefined {
  const source = withoutRejected(afterSelfCorrection(text.trim()));
  if (!source) return undefined;
  return /\p{Script=Han}{2}/u.test(source.replace(/[a-z0-9\s,.-]+/gi, '')) ? chinese(source) ?? english(source) : english(source);
}
