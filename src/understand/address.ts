import type { Reading } from './reading.js';

const FIELD = 'address' as const;

/** An area: a province, city, district or county word, or a city named without one. */
const AREA = /省|市|区|县|自治州|特别行政区|北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|成都|武汉|西安|香港|澳门|台北|旺角|九龙|新界|沙田|铜锣湾|尖沙咀/;
/** A street-level place: the part an engineer rings at. */
const PLACE = /路|街|道|巷|弄|胡同|里|号|栋|幢|座|楼|单元|室|小区|花园|大厦|公寓|广场|村|苑|府|城|庭|园|镇|乡|屯|组|期|宿舍|中心|大楼|门/;
const EN_STREET = /\b\d+[a-z]?\s+[a-z][a-z .'-]*\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|terrace|gardens|square|sq|highway|hwy|parkway|row|walk|hill|mews)\b|\b(flat|apt|apartment|unit|suite|floor|block|building|tower)\s*\w/i;
const EN_AREA = /,\s*[a-z]/i;

const LEAD = /^(?:你好|您好|嗯|好的)?[,，\s]*(?:我家)?(?:的)?(?:地址|住址|上门地址)?(?:是|在|为|:|：)?\s*(?:我)?(?:家)?(?:住在|住|在)?\s*|^(?:my )?(?:address is|address:|it'?s|i live at|we'?re at|i'?m at)\s*/i;
const TAIL = /[,，。.!！~\s]*(?:麻烦|谢谢|请|尽快|快点|师傅|到了|来了|thanks|thank you|please|pls).*$|[。.!！~\s]+$/i;

/**
 * The address as written, cleaned of "地址是…" and trailing chatter. A place is needed: no area
 * (city/district) or no street-level place is `partial`; text with neither is not an address.
 */
export function readAddress(text: string): Reading | undefined {
  const value = text.trim().replace(LEAD, '').replace(TAIL, '').trim();
  if (!value) return undefined;
  if (/\p{Script=Han}/u.test(value)) {
    const area = AREA.test(value);
    const place = PLACE.test(value) && /\d|[一二三四五六七八九十]号|小区|花园|大厦|村|苑/.test(value);
    if (/[?？]|吗|呢/.test(value) && !place) return undefined;
    if (area && place) return { kind: 'value', field: FIELD, value };
    if (area || PLACE.test(value)) return { kind: 'partial', field: FIELD, known: {} };
    return undefined;
  }
  const street = EN_STREET.test(value);
  const area = EN_AREA.test(value) || /\b(london|shanghai|beijing|shenzhen|hong kong|guangzhou|new york|singapore|manchester|sydney|toronto)\b/i.test(value);
  if (street && area) return { kind: 'value', field: FIELD, value };
  if (street || /\b(road|street|district|city)\b/i.test(value)) return { kind: 'partial', field: FIELD, known: {} };
  return undefined;
}
