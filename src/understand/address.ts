import type { Reading } from './reading.js';
import { afterSelfCorrection, withoutRejected } from './segments.js';

const FIELD = 'address' as const;

/** A city-level area: a province, city or district word, or a city named without one. */
const AREA = /省|市|区|县|自治州|特别行政区|北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|成都|武汉|西安|济南|沈阳|香港|澳门|台北|旺角|九龙|新界|沙田|铜锣湾|尖沙咀/;
/** A street-level place with a number: the part an engineer rings at. */
const PLACE = /路|街|道|巷|弄|胡同|里|号|栋|幢|座|楼|单元|室|小区|花园|大厦|公寓|广场|村|苑|府|城|庭|园|镇|乡|屯|组|期|宿舍|中心|大楼|门/;
const NUMBERED = /\d|[一二三四五六七八九十]+(号|栋|幢|楼|单元)/;
const EN_STREET = /\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|terrace|gardens|square|sq|highway|hwy|parkway|row|walk|cross|main|layout|sector|block|nagar|colony|soho|residency|apartments?|tower|bldg|building|flat|apt|unit|suite|floor|rm|room)\b/i;
const EN_CITY = /\b(london|shanghai|beijing|shenzhen|hong kong|guangzhou|chengdu|hangzhou|new york|singapore|manchester|sydney|toronto|bangalore|bengaluru|mumbai|delhi|chennai|hyderabad|pune|kolkata)\b|\b\d{5,6}\b/i;

const LEAD = /^(?:应该是|改成|改为|换成)?(?:我家|家里|家|我|我们)?(?:的)?(?:地址|住址|上门地址)?(?:是|在|为|:|：)?\s*(?:我家|家里)?(?:是|在)?(?:住在|住)?\s*/;
const EN_LEAD = /^(?:(?:change (?:it |that )?)?to\s+|should be\s+|(?:my |the )?(?:home |office |new )?(?:address|office)(?: is)?:?|it'?s|it is|i live at|we'?re at|i'?m at)\s*/i;

const CHATTER = /我|你|他|她|吗|呢|师傅|哈|吧|谢|麻烦|电梯|到了|电话|来过|不是|保安|门口|白天|晚上|就让|那个|就是|那边|靠着|绿色|的/;
const addressLike = (c: string) => (AREA.test(c) || PLACE.test(c) || /^[\d-]+$/.test(c) || /店|公司|学校|医院/.test(c)) && !CHATTER.test(c.replace(/^(家里|我家)是/, ''));

function chinese(text: string): Reading | undefined {
  // The address is the longest run of address-like clauses that has an area and a numbered place;
  // the last such run when the customer corrected themselves ("…不对 是家里 家里是…").
  const raw = text.split(/[\s，,。！!]+/).filter(Boolean);
  const clauses = raw.map((c, i) => (i === 0 ? c.replace(LEAD, '').trim() || c : c.replace(/^(家里|我家)是/, '')));
  // A short name between two address parts ("华科" in "…1037号 华科 东区 教工宿舍") belongs to it.
  const part = (k: number) => addressLike(clauses[k]) || (k > 0 && k + 1 < clauses.length && clauses[k].length <= 4 && !CHATTER.test(clauses[k]) && addressLike(clauses[k + 1]) && addressLike(clauses[k - 1]));
  let best: string[] | undefined;
  for (let i = 0; i < clauses.length; i += 1) {
    if (!addressLike(clauses[i])) continue;
    let j = i;
    while (j + 1 < clauses.length && part(j + 1)) j += 1;
    const run = clauses.slice(i, j + 1);
    const joined = run.join('');
    if (AREA.test(joined) && PLACE.test(joined) && NUMBERED.test(joined) && joined.length >= (best?.join('').length ?? 0)) best = run;
    i = j;
  }
  if (best) return { kind: 'value', field: FIELD, value: joinOriginal(text, best) };
  if (clauses.some((c) => AREA.test(c) || (PLACE.test(c) && !/[?？吗呢]/.test(c))) || /老地方|上次那个|一样的|同一个/.test(text)) return { kind: 'partial', field: FIELD, known: {} };
  return { kind: 'invalid', field: FIELD, reason: 'no_place' };
}

/** The clauses as the customer wrote them, with the spaces they used. */
function joinOriginal(text: string, clauses: string[]): string {
  const first = text.indexOf(clauses[0]);
  const last = clauses[clauses.length - 1];
  const end = text.indexOf(last, first) + last.length;
  return first >= 0 && end > first ? text.slice(first, end) : clauses.join(' ');
}

function english(text: string): Reading | undefined {
  const value = text.replace(EN_LEAD, '').split(/\s+-\s+(?!\d)|\.\s+(?=[A-Z])|\.\s*$|;\s*|\s+(?:ask|call|please|kindly|gate|thanks)\b/i)[0].trim().replace(/^[,:]\s*/, '');
  const street = EN_STREET.test(value) && /\d/.test(value);
  const city = EN_CITY.test(value) || value.split(',').length >= 3;
  if (street && city) return { kind: 'value', field: FIELD, value };
  if (EN_STREET.test(value) || EN_CITY.test(value) || /\b(same as|last time|on file|shipping address|district|near)\b/i.test(value)) return { kind: 'partial', field: FIELD, known: {} };
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
