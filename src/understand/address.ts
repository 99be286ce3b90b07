import { EN_AREA, ZH_AREA, ZH_CITY } from './places.js';
import type { Reading } from './reading.js';
import { afterSelfCorrection, withoutRejected } from './segments.js';

const FIELD = 'address' as const;

/** A street-level place with a number: the part an engineer rings at. */
const PLACE = /路|街|道|巷|弄|胡同|里|号|栋|幢|座|楼|单元|室|小区|花园|大厦|公寓|广场|村|邨|苑|府|城|庭|园|居|阁|镇|乡|屯|组|期|宿舍|中心|大楼|门/;
// "一百二十六号", "二号楼": voice input writes house numbers in Chinese numerals.
const NUMBERED = /\d|[一二三四五六七八九十百千零〇两幺]+(号|栋|幢|楼|单元|组|队)/;
/** A village under a town (…镇刘村, …乡王庄村): rural homes have no house number, the village is the street-level place. */
const VILLAGE = /[镇乡].{0,8}[村屯庄]/;
/** "村东头第三家", "进村第二排", "门口有棵大槐树": how an engineer finds a door in a village, part of a rural address. */
const VILLAGE_WAY = /^(?:村?[东西南北](?:头|边)|进村|村口|门口有|第[一二三四五六七八九十\d]+[家排户])/;
const EN_STREET = /\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|cres|terrace|tce|gardens|square|sq|highway|hwy|parkway|pkwy|broadway|row|walk|cross|main|mews|grove|parade|esplanade|circuit|marg|jalan|lorong|persiaran|taman|menara|towers|layout|sector|block|blk|turn|sec|section|estate|mansion|centre|center|plaza|villa|house|nagar|colony|soho|residency|apartments?|tower|bldg|building|flat|apt|unit|suite|floor|rm|room|\d+\/f)\b/i;

// "那个就是说额屋在…": voice input's fillers before the address.
const LEAD = /^(?:(?:那个|就是说|嗯+|呃+)\s*)*(?:应该是|改成|改为|换成)?(?:我家|家里|家|我屋企|屋企|我们|我|额屋里?|额)?(?:的)?(?:地址|住址|上门地址)?(?:是|在|为|:|：)?\s*(?:我家|家里)?(?:是|在)?(?:住在|住)?\s*/;
/** "ok so it's …", "yeah, …": filler before the address. */
const EN_FILLER = /^(?:(?:ok(?:ay)?|so|yeah|yes|sure|right|um+|uh+|well|hi|hello)[,\s]+)+/i;
const EN_LEAD = /^(?:at (?:home|my place|work|the office)\s*:|is\s+(?=\d|flat|unit|apt|room|rm|no\.|#|block|blk|villa|house)|(?:change (?:it |that )?)?to\s+|should be\s+|(?:(?:kindly |please )?note (?:down )?)?(?:my |the )?(?:home |office |new )?(?:address|office)(?: is)?:?|it'?s|it is|i live at|we'?re at|i'?m at|(?:my|our|the) [a-z]+(?:'s)?(?: is)?(?: at| in|:)?(?= (?:\d|flat|unit|apt|rm|room|no\.|#|blk|block)))\s*/i;

const CHATTER = /楼梯房|电梯房|爬楼|我|你|他|她|吗|呢|没|^家里$|楼下|楼上|隔壁|那套|下回|再说|师傅|哈(?!尔滨)|吧|谢|麻烦|电梯|到了|电话|来过|不是|保安|门口|门禁|密码|按|就行|地址|白天|晚上|就让|那个|就是|那边|靠着|绿色|店里|屋里|拐|往[东西南北左右]|路口|^进村|第[一二三四五六七八九十\d]个/;
/** 的 is chatter ("我家的", "红色的那栋") unless the clause is a numbered place (美的公寓3座601). */
const chatty = (c: string) => CHATTER.test(c) || (/的/.test(c) && !(/\d/.test(c) && PLACE.test(c)));
/** A floor or a flat written alone ("18F", "802", "B座" is caught by PLACE): part of the address around it. */
const UNIT_ALONE = /^(?:\d{1,4}[fF楼]?|[A-Za-z]?\d{1,4}[A-Za-z]?|[零一二三四五六七八九幺]{3,4})$/;
const addressLike = (c: string) => (ZH_AREA.test(c) || PLACE.test(c) || /^[\d-]+$/.test(c) || UNIT_ALONE.test(c) || /店|公司|学校|医院/.test(c)) && !chatty(c.replace(/^(家里|我家)是/, ''));

function chinese(text: string): Reading | undefined {
  // The address is the longest run of address-like clauses that has an area and a numbered place;
  // the last such run when the customer corrected themselves ("…不对 是家里 家里是…").
  // "深圳南山 科技园 公司地址 高新南七道18号": a word that only says whose address follows is no part of it.
  const raw = text.split(/[\s，,。！!？?；;（）()]+/).filter(Boolean).filter((c) => !/^(?:公司|单位|家里|我家|家|店里|厂里)?(?:的)?(?:地址|住址)(?:是|在|为)?$/.test(c));
  const clauses = raw.map((c, i) => (i === 0 ? c.replace(LEAD, '').trim() || c : c.replace(/^(家里|我家)是|^(?:地址|住址)(?:是|在|为)?/, '') || c))
    // "就写昆明市…801吧": the instruction around an address is not part of it.
    .map((c) => c.replace(/^(?:就写|就填|写|填)(?=\p{Script=Han})/u, '').replace(/(?<=[\d\p{Script=Han}])(?:吧|啊|哈|哦|呀|喔|啦)+$/u, '').replace(/(?<=[\d号室栋楼座])的$/, '') || c);
  // A short name between two address parts ("华科" in "…1037号 华科 东区 教工宿舍") belongs to it.
  const part = (k: number) => addressLike(clauses[k]) || (k > 0 && k + 1 < clauses.length && clauses[k].length <= 4 && !chatty(clauses[k]) && addressLike(clauses[k + 1]) && addressLike(clauses[k - 1]));
  let best: string[] | undefined;
  for (let i = 0; i < clauses.length; i += 1) {
    if (!addressLike(clauses[i])) continue;
    let j = i;
    while (j + 1 < clauses.length && part(j + 1)) j += 1;
    // A village without a number is found by directions; one with its 组 or house number needs none.
    if (VILLAGE.test(clauses.slice(i, j + 1).join('')) && !NUMBERED.test(clauses.slice(i, j + 1).join(''))) while (j + 1 < clauses.length && VILLAGE_WAY.test(clauses[j + 1])) j += 1;
    const run = clauses.slice(i, j + 1);
    // Written from the largest unit down: "是7号楼 不是1号楼 天津市…7号楼…" restates a part before the whole.
    while (run.length > 1 && !ZH_AREA.test(run[0]) && run.slice(1).some((c) => ZH_AREA.test(c)) && (!/\d/.test(run[0]) || run.slice(1).join('').includes(run[0].replace(/^是/, '')))) run.shift();
    const joined = run.join('');
    if (ZH_CITY.test(joined) && PLACE.test(joined) && (NUMBERED.test(joined) || VILLAGE.test(joined)) && joined.length >= (best?.join('').length ?? 0)) best = run;
    i = j;
  }
  if (best) return { kind: 'value', field: FIELD, value: joinOriginal(text, best) };
  // "Chengdu, Wuhou District, 玉林南路77号2栋603": the city said in English, the street in Chinese.
  if (EN_AREA.test(text) && clauses.some((c) => PLACE.test(c) && NUMBERED.test(c) && !chatty(c))) return { kind: 'value', field: FIELD, value: text.trim() };
  if (clauses.some((c) => ZH_AREA.test(c) || (PLACE.test(c) && !/[?？吗呢]/.test(c))) || /老地方|上次那个|一样的|同一个|[跟同和]上[两几]?次一样|上次的地址|^(我家|家里)$|^\[(位置|地图|location)\]$/.test(text)) return { kind: 'partial', field: FIELD, known: {} };
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
const EN_AFTER = /\s+[-–—]\s+(?!\d)|\s*[–—]\s*|(?<!\b(?:no|sec|sen|rd|st|ave|dist|blvd|bldg|blk|apt|flr|fl|rm|ln|dr|ct|mt|[a-z]))\.\s+(?=[A-Z])|\.\s*$|\.\s+(?=(?:near|next to|opposite|behind|beside|across|close to)\b)|,\s*(?=(?:the )?(?:front desk|reception|security|guard|doorman|concierge)\b)|\s+(?:ah|i) (?:think|reckon|guess)\b|;\s*|\s+(?:ask|call|please|pls|plz|kindly|gate|thanks|thank you|ring (?:the|twice|me|my|bell|doorbell)|buzz|knock|text me|door code|the code|lift|elevator|come (?:at|in|before|after|on))\b/i;

function english(text: string): Reading | undefined {
  const value = text.replace(EN_FILLER, '').replace(EN_LEAD, '')
    // "(it's at my school)", "po": an aside or a courtesy after the address.
    .replace(/\s*\((?=[^)]*\b(?:it'?s|it is|that'?s|i|my|we|our|near|behind|opposite|above|next to)\b)[^)]*\)\s*$/i, '')
    // "… Chengdu (building 12, unit 3, apt 402)": the same address again in other words.
    .replace(/(?<=[a-z]{3,})\s*\([^)]*\b(?:building|bldg|unit|apt|flat|room|floor)\b[^)]*\)\s*$/i, '')
    // "… room 1101 po. guard will ask…": the Filipino courtesy po ends what the address says.
    .replace(/(?<!\btai)[\s,]+po\b(?!\.?\s*box)[\s\S]*$/, '')
    .split(EN_AFTER)[0].trim().replace(/^[,:]\s*/, '');
  // "22 Acacia Avenue, Reading" names no postcode or city we know: a careful agent asks which town.
  const street = EN_STREET.test(value) && /\d/.test(value);
  const city = EN_AREA.test(value) || value.split(',').length >= 3;
  if (street && city) return { kind: 'value', field: FIELD, value };
  // "at home", "chez moi", "at ma'am house": where the customer is, not a place an engineer can find.
  if (/^(?:at |chez )?(?:home|moi|my place|(?:my |ma'?am'?s? |sir'?s? )?house)\b(?: lol| haha)?$/i.test(value)) return { kind: 'invalid', field: FIELD, reason: 'no_place' };
  if (EN_STREET.test(value) || EN_AREA.test(value) || /\b(same as|last time|on file|shipping address|district|near)\b/i.test(value)) return { kind: 'partial', field: FIELD, known: {} };
  return undefined;
}

/** "几号楼来着 等下", "宿舍楼几栋我要问一下", "层数我唔记得": a part of the address still to be found out. */
const MISSING_PART = /(?:几|哪)(?:号|栋|幢|号楼|楼|层|单元|座)[^，,。]{0,8}(?:来着|忘了|忘记|不记得|唔记得|记不清|要问|问一下|问下|等下|查一下)|(?:层数|楼层|门牌|房号|几楼)[^，,。]{0,4}(?:忘了|不记得|唔记得|记不清|要问|问一下|问下)|具体(?:哪里|地址|位置)[^，,。]{0,6}(?:问|查|不记得|忘)/;

/**
 * The address as written, cleaned of "地址是…" and the chatter around it. A place is needed: no
 * city-level area or no numbered street-level place is `partial` (a careful agent asks).
 */
export function readAddress(text: string): Reading | undefined {
  // "敝人住址：台北市…", "Please come to my office: Kessler …": words up to a colon that name the address are not part of it.
  const introduced = text.trim()
    // An emoji is never part of an address ("…渔港路16号😊").
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ').trim()
    .replace(/^[^:：\d]{0,40}?(?:地址|住址|address|office|house|home|place|come to|located at)[^:：\d]{0,12}[:：]\s*/i, '')
    // "先修海淀那套：北京市…": a short lead-in before a colon, when a city follows it.
    .replace(/^[^:：\d]{1,12}[:：]\s*(?=\S*(?:省|市|区|县))/, '')
    // "…宪梓大道102号5栋301你叫师傅…": an instruction run on after the number without a break.
    .replace(/(?<=[\d号室栋楼])(?=你|我|师傅|麻烦|到了|打电话)/g, ' ');
  const source = withoutRejected(afterSelfCorrection(introduced));
  if (!source) return undefined;
  if (MISSING_PART.test(source)) return { kind: 'partial', field: FIELD, known: {} };
  // "楼下", "门口": where the customer is, not where the engineer should go.
  if (/^(?:就?在)?(?:楼下|楼上|門口|门口)$/.test(source)) return { kind: 'invalid', field: FIELD, reason: 'no_place' };
  // "123", "asdfjkl": a short number or one word that names no place is no address.
  if (/^\d{1,6}$/.test(source) || (/^[a-z]{3,}$/i.test(source) && !EN_AREA.test(source) && !EN_STREET.test(source))) return { kind: 'invalid', field: FIELD, reason: 'no_place' };
  return /\p{Script=Han}{2}/u.test(source.replace(/[a-z0-9\s,.-]+/gi, '')) ? chinese(source) ?? english(source) : english(source);
}
