import type { Reading } from './reading.js';

const FIELD = 'name' as const;

/** Characters named by their parts (弓长张, 木子李, 耳东陈): how surnames are spelled out on the phone. */
const SPELLED: ReadonlyArray<[RegExp, string]> = [
  [/弓长张?/g, '张'], [/木子李?/g, '李'], [/耳东陈?/g, '陈'], [/口天吴?/g, '吴'], [/立早章?/g, '章'], [/双木林?/g, '林'],
  [/古月胡?/g, '胡'], [/言午许?/g, '许'], [/草头黄|廿一黄/g, '黄'], [/三横王/g, '王'], [/人可何/g, '何'], [/文刀刘/g, '刘'],
];

const LEAD = /^(?:你好|您好|hi|hello|嗯|好的|ok)?[,，\s]*(?:我的?(?:名字|姓名)(?:是|叫)?|名字(?:是|叫)|姓名[:：]?|我叫|叫我|称呼我|我是|我姓|免贵姓|鄙姓|本人|姓|my name'?s|my name is|name'?s|name is|name:|call me|i am|i'm|im|it'?s|this is)\s*/i;
const TAIL = /(就行了?|就好了?|就可以了?|即可|吧|呀|啊|哈|哦|噢|嗯|了|就ok|,? ?(thanks|thank you|thx|please|pls)|[。.!！~,，\s])+$/i;
const HONORIFIC = /(先生|女士|小姐|太太|阿姨|叔叔|师傅|老师|经理|总|工)$/;

/** Not a name: questions, complaints, fillers, intents (issue 14 stored "还不行" and "在吗" as names). */
const NOT_A_NAME = /[?？]|吗|呢|什么|怎么|多少|为什么|不行|不好|坏了|还是|在吗|有人|人工|客服|不知道|不方便|不想|不用|算了|没|修|师傅快|电话|地址|号码|哪|\b(what|why|how|when|where|help|broken|still|not|hello|hi|hey|yes|no|ok|okay|don'?t|idk|test|agent|human)\b/i;

/**
 * The name to ask for, as the customer wrote it (王女士, 小李, Mike, Mrs Chen). `invalid` when what
 * was written is not a name at all; undefined when there is nothing to read.
 */
export function readName(text: string): Reading | undefined {
  let name = text.trim();
  for (const [pattern, surname] of SPELLED) name = name.replace(pattern, surname);
  name = name.replace(LEAD, '').replace(TAIL, '').trim();
  name = name.replace(/^(?:叫|是)\s*/, '').replace(/(?:的|啦)$/, '').trim();
  // "姓王" said as "我姓王，王女士" gives two names: the one with the honorific is the one to write down.
  const parts = name.split(/[,，、\s]+/).filter(Boolean);
  if (/\p{Script=Han}/u.test(name) && parts.length > 1) name = parts.find((p) => HONORIFIC.test(p)) ?? parts[parts.length - 1];
  if (!name) return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
  if (NOT_A_NAME.test(name) || /\d/.test(name)) return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
  if (/\p{Script=Han}/u.test(name)) {
    const han = name.replace(/[^\p{Script=Han}·]/gu, '');
    if (han.length < 1 || han.length > 6 || han.length < name.replace(/\s/g, '').length - 2) return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
    return { kind: 'value', field: FIELD, value: han };
  }
  const words = name.split(/\s+/);
  if (words.length > 4 || !/^[A-Za-z][A-Za-z.'\- ]*$/.test(name)) return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
  return { kind: 'value', field: FIELD, value: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') };
}
