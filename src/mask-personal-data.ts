/**
 * Masks personal data in free text before it reaches a report or a log: phone numbers (any run of
 * seven or more digits, whatever the separators), e-mail, ID-card numbers, a name the customer gives
 * ("我叫…", "我是张伟", "联系人：…", "my name is …", "王女士"), and street addresses with or without a
 * province or city. Rules err towards masking: a report loses a few words, never a customer's privacy.
 *
 * Every pattern here sees customer text, so every quantifier is bounded and no two alternatives can
 * match the same characters: each rule costs a constant per input position (a quadratic address rule
 * once made one report of 61 questions take 22 s). test/unit/privacy/mask-linear-time.test.ts holds it so.
 */

const CJK = '\\u4e00-\\u9fff';
const SEP = '[\\s\\-.()（）/]';
/** Where a place name ends and the street part of an address begins. */
const PLACE_END = '(?:省|市|区|县|镇|乡|村|路|街|道|巷|弄|里|小区|花园|大厦|广场|公寓|苑|府|城|园)';
/** The unit after a number that makes it a house, building or room number. */
const UNIT = '(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|弄)';

/** Mainland ID-card numbers, ticket numbers and ISO dates look like long digit runs but are kept or masked first. */
const RULES: readonly [RegExp, string][] = [
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, '[email]'],
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '[id]'],
  // Any run of 7+ digits with separators between them: mobiles, landlines, +44 20 7946 0958,
  // 138.1234.5678. Not a ticket number (RT-20261123-0001) and not a date (2026-11-23).
  [new RegExp(`(?<![\\dA-Za-z]|RT-)(?!\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?!\\d))\\+?\\d(?:${SEP}{0,2}\\d){6,24}(?!\\d)`, 'g'), '[phone]'],
  // Labelled addresses: everything after the label to the end of the clause.
  [new RegExp(`(地址|住址|地点|家住|住在|送到|寄到)(\\s{0,3}(?:是|在|[:：])?\\s{0,3})[^，。,.!！?？;；\\n]{1,80}`, 'g'), '$1$2[address]'],
  // Chinese street addresses, province and city optional: a place word, then a number with its unit.
  [new RegExp(`[${CJK}A-Za-z]{0,12}?${PLACE_END}[${CJK}A-Za-z0-9#\\-]{0,30}?\\d{1,6}\\s{0,2}${UNIT}(?:\\s{0,2}[\\dA-Za-z\\-]{1,6}\\s{0,2}${UNIT}?){0,4}`, 'g'), '[address]'],
  // English street addresses: "12 Baker Street", "221B Baker Street", "500 W 5th Ave".
  [/\b\d{1,5}[A-Za-z]?\s{1,3}(?:[A-Za-z0-9]{1,30}\s{1,3}){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|square|sq)\b\.?/gi, '[address]'],
  [/((?:my address is|i live at|address:)\s{0,3})[^,.;!?\n]{1,80}/gi, '$1[address]'],
  // Names the customer gives. After 我是 only a common surname counts ("我是张伟", not "我是想问").
  [new RegExp(`(我叫|我的名字是|名字叫|名字是|叫我)(\\s{0,3})[${CJK}·]{1,4}`, 'g'), '$1$2[name]'],
  [new RegExp(`(联系人|收件人|称呼|姓名)(\\s{0,3}[:：是]\\s{0,3})[${CJK}·A-Za-z]{1,20}`, 'g'), '$1$2[name]'],
  [new RegExp(`(我是)([${commonSurnames()}][${CJK}]{1,2})(?=$|[，。,.!！?？\\s]|的|啊|呀)`, 'g'), '$1[name]'],
  [/(我姓)[\u4e00-\u9fff]/g, '$1[name]'],
  [/\b((?:[Mm]y name is|[Mm]y name's|[Cc]all me|[Nn]ame:)\s{1,3})[A-Za-z][A-Za-z'-]{0,30}(?:\s{1,3}[A-Z][A-Za-z'-]{0,30}){0,2}/g, '$1[name]'],
  // Case-sensitive on purpose: a capitalised word after "I am" is a name, "I am having" is not.
  [/\b(I am|I'm|[Tt]his is)\s{1,3}[A-Z][a-z'-]{0,30}(?:\s{1,3}[A-Z][a-z'-]{0,30}){0,2}/g, '$1 [name]'],
  [/[\u4e00-\u9fff]{1,2}(先生|女士|小姐)/g, '[name]$1'],
];

/** The hundred commonest Chinese surnames (about 85 % of people). */
function commonSurnames(): string {
  return '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧';
}

/** Longer texts are masked in pieces of this size, so one message can never cost more than a few of them. */
const MAX_CHARS = 20_000;

export function maskPersonalData(text: string): string {
  // Full-width digits and letters (１３８…, ＋, ＠) are masked like their ASCII forms; the rest of
  // the text, Chinese punctuation included, stays as the customer wrote it.
  let masked = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  masked = masked.replace(/[\uFF0B\uFF0D\uFF10-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  for (const [pattern, replacement] of RULES) masked = masked.replace(pattern, replacement);
  return masked;
}
