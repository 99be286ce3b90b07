import type { Reading } from './reading.js';
import { segments } from './segments.js';

const FIELD = 'name' as const;

/** Characters named by their parts (弓长张, 木子李, 耳东陈): how surnames are spelled out on the phone. */
const SPELLED: ReadonlyArray<[RegExp, string]> = [
  [/弓长张?/g, '张'], [/木子李?/g, '李'], [/耳东陈?/g, '陈'], [/口天吴?/g, '吴'], [/立早章?/g, '章'], [/双木林?/g, '林'],
  [/古月胡?/g, '胡'], [/言午许?/g, '许'], [/草头黄|廿一黄/g, '黄'], [/三横王/g, '王'], [/人可何/g, '何'], [/文刀刘?/g, '刘'], [/走肖赵?/g, '赵'],
];

/** The commonest Chinese surnames (≈ 85 % of the population, 2020 census lists); a name starts with one. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const HONORIFIC = /(先生|女士|小姐|太太|阿姨|叔叔|大爷|大妈|大姐|大哥|奶奶|爷爷|师傅|老师|经理|总|工|姐|哥)$/;
const FAMILIAR = /^(小|老|阿)[\p{Script=Han}]{1,2}$/u;
/** Spelling out a character ("破晓的晓", "雨字头的雯", "金字旁的铭") is not the name itself. */
const EXPLAINING = /的[\p{Script=Han}]$|字头|字旁|偏旁|三点水|草字头|木字旁|^女的$|^男的$/u;
const LEAD = /^(?:是|我的?(?:名字|姓名)(?:是|叫)?|名字(?:是|叫)?|姓名|就写|写|我叫|叫我|称呼我|我是|本人|免贵姓|鄙姓|我姓|姓)\s*/;
// Bounded: the alternatives overlap (就行了 is also 就行 + 了), so an unbounded + backtracks exponentially.
const TAIL = /(就行了?|就好了?啦?|就可以了?|就中|即可|就是|吧|呀|啊|哈|哦|噢|嗯|了|啦){1,6}$/;
const FILLER = /^(嗯|那个|就是|这个|额|呃|好的|好|你好|您好|对|是的)$/;

function hanName(raw: string, spelledOut = false): string | undefined {
  let name = raw.replace(LEAD, '').replace(TAIL, '').replace(LEAD, '');
  name = name.replace(/[^\p{Script=Han}·]/gu, '');
  if (!name || FILLER.test(name) || EXPLAINING.test(raw)) return undefined;
  if (name.length > 5) return undefined;
  if (HONORIFIC.test(name) && name.length <= 4 && SURNAMES.includes(name[0])) return name;
  if (FAMILIAR.test(name)) return name;
  if (name.length >= 2 && name.length <= 4 && SURNAMES.includes(name[0])) return name;
  if (name.length === 1 && SURNAMES.includes(name) && (/姓/.test(raw) || spelledOut)) return name;
  return undefined;
}

const EN_LEAD = /\b(?:call me|ask for|it'?s|its|i'?m|im|i am|name is|name'?s|this is|for)\s+((?:mr|mrs|ms|miss|dr)\.?\s+)?([a-z][a-z'-]+)(\s+[a-z][a-z'-]+)?/i;
const EN_FINE = /\b((?:mr|mrs|ms|miss|dr)\.?\s+)?([a-z][a-z'-]+)(\s+[a-z][a-z'-]+)?\s+is fine\b/i;
const EN_STOP = new Set(['lol', 'only', 'or', 'and', 'if', 'at', 'the', 'my', 'me', 'please', 'pls', 'thanks', 'actually', 'but', 'is', 'fine', 'u', 'you', 'asked', 'already', 'here', 'there', 'ok', 'okay', 'sure', 'for', 'mother', 'father', 'wife', 'husband', 'a', 'an', 'it', 'not', 'no', 'yes', 'hi', 'hello', 'hey', 'asdf', 'test', 'what', 'why', 'name', 'dude', 'bro', 'just']);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

function englishName(text: string): string | undefined {
  const hit = text.match(EN_FINE) ?? text.match(EN_LEAD) ?? text.match(/^()([a-z][a-z'-]+)(\s+[a-z][a-z'-]+)?[.!\s]*$/i);
  if (!hit || EN_STOP.has(hit[2].toLowerCase())) return undefined;
  const title = hit[1] ? `${cap(hit[1].trim().replace(/\.$/, ''))} ` : '';
  const second = hit[3]?.trim();
  const surname = second && !EN_STOP.has(second.toLowerCase()) ? ` ${cap(second)}` : '';
  if (!title && !surname && !/[aeiouy]/i.test(hit[2])) return undefined;
  return `${title}${cap(hit[2])}${surname}`;
}

/** Not a name: questions, complaints, fillers, intents (issue 14 stored "还不行" and "在吗" as names). */
const NOT_A_NAME = /[?？]|吗|呢|什么|怎么|多少|为什么|不行|坏了|还是|在吗|有人|人工|客服|不知道|不方便|干啥|\b(what|why|how|help|broken|still)\b/i;

/**
 * The name to ask for, as the customer wrote it (王女士, 小李, Mike, Mrs Chen): the first clause that
 * reads as a name, an honorific form preferred. `invalid` when nothing in the reply is a name.
 */
export function readName(text: string): Reading | undefined {
  let spelled = text.trim();
  for (const [pattern, surname] of SPELLED) spelled = spelled.replace(pattern, surname);
  const spelledOut = spelled !== text.trim();
  if (/\p{Script=Han}/u.test(spelled) && (spelledOut || /\p{Script=Han}{2}/u.test(spelled.replace(/[a-z\s]+/gi, '')))) {
    const names = segments(spelled).filter((s) => !NOT_A_NAME.test(s)).map((s) => hanName(s, spelledOut)).filter((n): n is string => Boolean(n));
    const best = names.find((n) => HONORIFIC.test(n) || FAMILIAR.test(n)) ?? names.find((n) => n.length >= 2) ?? names[0];
    // "我姓刘 … 女的": a surname and a gender make 刘女士.
    if (best?.length === 1) return { kind: 'value', field: FIELD, value: /女/.test(spelled) ? `${best}女士` : /男/.test(spelled) ? `${best}先生` : best };
    if (best) return { kind: 'value', field: FIELD, value: best };
    const en = englishName(spelled);
    return en ? { kind: 'value', field: FIELD, value: en } : { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
  }
  if (NOT_A_NAME.test(spelled) && !EN_LEAD.test(spelled)) return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
  const en = englishName(spelled.replace(/[,.!]/g, ' '));
  return en ? { kind: 'value', field: FIELD, value: en } : { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
}
