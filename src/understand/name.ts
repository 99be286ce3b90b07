import type { Reading } from './reading.js';
import { afterSelfCorrection, segments } from './segments.js';
import { COMPOUND_SURNAMES, GIVEN_CHARS, HONORIFIC, NOT_GIVEN, ROLE, SURNAMES, TRANSLITERATION_CHARS } from './name-lexicon.js';

const FIELD = 'name' as const;

/** Characters named by their parts (弓长张, 木子李, 耳东陈): how surnames are spelled out on the phone. */
const SPELLED: ReadonlyArray<[RegExp, string]> = [
  [/弓长张?/g, '张'], [/木子李?/g, '李'], [/耳东陈?/g, '陈'], [/口天吴?/g, '吴'], [/立早章?/g, '章'], [/双木林?/g, '林'],
  [/古月胡?/g, '胡'], [/言午许?/g, '许'], [/草头黄|廿一黄/g, '黄'], [/三横王/g, '王'], [/人可何/g, '何'], [/文刀刘?/g, '刘'], [/走肖赵?/g, '赵'],
];

const FAMILIAR = /^(小|老|阿)([\p{Script=Han}]{1,2}|[A-Za-z]{2,10})$/u;
/** Spelling out a character ("破晓的晓", "雨字头的雯", "金字旁的铭") is not the name itself. */
const EXPLAINING = /的[\p{Script=Han}]$|字头|字旁|偏旁|三点水|草字头|木字旁|^女的$|^男的$/u;
/** Words that introduce a name, wherever they stand in the clause ("您就叫我老周吧", "写我老伴的名字吧 李德福"). */
const LEAD = /^(?:(?:应该是|就是|是|改成|改为)|.{0,6}?(?:叫(?:[我额]|阿拉)|请?称呼我?|喊我|(?:[我额]|阿拉)叫|[他她]叫|叫[他她]|就叫我?|(?:[我额]|阿拉)是|本人|[鄙敝]人|免贵姓|[鄙敝]姓|(?:[我额他她]|阿拉)姓|^叫|找|问|联系|写|名字?(?:是|叫)|名字|姓名(?:是)?|^姓))\s*/u;
// Bounded: the alternatives overlap (就行了 is also 就行 + 了), so an unbounded + backtracks exponentially.
const TAIL = /(也可以|也行|也成|都可以|都行|就行了?|就?得行|就?可以了?|就好了?啦?|就可以了?|就得啦?|就中|就成|好了|即可|就是|吧|呀|啊|哈|哦|喔|噢|嗯|了|啦|喇|嘛|咯|呢|得){1,6}$/;
/** "租客小刘", "物业王姐", "店里的陈姐", "租客叫李婷婷": who the person is, before the name to ask for. */
const ROLE_LEAD = /^(?:我|我的|我家)?(?:房东|业主|租客|住户|户主|老公|老婆|媳妇|儿子|女儿|闺女|老伴|爱人|家人|保姆|同事|朋友|邻居|物业|前台|保安|店里|店里面)的?(?:叫|是)?/;
/** "叫我华叔得啦", "喊我老周": the form the customer asks to be called by. */
const CALL_ME = /叫我|喊我|称呼我/;
const FILLER = /^(嗯+|那个|就是|这个|额|呃|好的|好|你好|您好|对|是的|谢谢|自己|我自己|是我|本人)$/;

/** A surname at the start: a compound one (欧阳, 司马) first, else one of the common single ones. */
function surnameLength(name: string): number {
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return 2;
  return SURNAMES.includes(name[0]) ? 1 : 0;
}

/** One clause read as a Chinese name: a surname and a given name, a surname and an honorific, or 小李 / 老周 / 阿May. */
function hanName(raw: string, spelledOut: boolean): string | undefined {
  const clean = raw.replace(/[^\p{Script=Han}·A-Za-z]/gu, '');
  const name = clean.replace(LEAD, '').replace(ROLE_LEAD, '').replace(LEAD, '').replace(TAIL, '').replace(LEAD, '');
  if (!name || FILLER.test(name) || ROLE.test(name) || EXPLAINING.test(raw)) return undefined;
  if (FAMILIAR.test(name)) return name;
  const surname = surnameLength(name);
  // 黄sir, 陈Sir: the Hong Kong way of addressing a man by his surname.
  if (surname && /^sir$/i.test(name.slice(surname))) return name;
  if (/[A-Za-z]/.test(name)) return undefined;
  if (!surname && name === clean && name.length >= 2 && name.length <= 3 && [...name].every((c) => GIVEN_CHARS.has(c))) return name;
  // 古丽娜尔·买买提, 巴特尔, 其其格: transliterated names, with or without the dot between the parts.
  if (/^[\p{Script=Han}]{1,8}·[\p{Script=Han}]{1,8}$/u.test(name)) return name;
  if (!surname && name.length >= 2 && name.length <= 6 && [...name].every((c) => TRANSLITERATION_CHARS.has(c))) return name;
  if (!surname || name.length > 5) return undefined;
  const given = name.slice(surname);
  if (NOT_GIVEN.test(given) && !HONORIFIC.test(given)) return undefined;
  if (HONORIFIC.test(given) && given.replace(HONORIFIC, '').length <= 2) return name;
  if (name.length >= 2 && name.length <= 4) return name;
  if (name.length === surname && (/姓/.test(raw) || spelledOut || raw.trim() === name)) return name;
  return undefined;
}

const TITLE = String.raw`(?:mr|mrs|ms|miss|mdm|madam|dr|uncle|auntie|aunty)\.?`;
// Latin letters with their accents (Émilie, José, Zoë): a name is not only ASCII.
const WORD = String.raw`[a-zà-öø-ÿ](?:\.|[a-zà-öø-ÿ'-]*)`;
/** "call me Mike", "this is Kevin Lim", "ask for Mrs Lakshmi", "name's Dan": the words after the introducer. */
const EN_LEAD = new RegExp(String.raw`\b(?:call me|calls me|ask for(?: me,?| (?:my |our )?(?:husband|wife|son|daughter|mum|mom|mother|dad|father|helper|maid|partner|tenant|brother|sister),?)?|address me as|it'?s|its|i'?m|im|i am|name is|name'?s|this is|for|name:|named|called|to|be|put(?: it)?(?: down)?(?: as| under)?|under(?: the name)?|(?:my )?(?:husband|wife|son|daughter|mum|mom|mother|dad|father|helper|maid|partner|tenant|brother|sister)(?:'s name is|,)?)\s+(${TITLE}\s+)?(${WORD})((?:\s+${WORD}){0,2})`, 'i');
/** "Daniel is fine", "John Smith here", "Rachel Green, thanks": a name followed by a closing word. */
const EN_LEADS = new RegExp(EN_LEAD.source, 'gi');
const EN_TITLED = new RegExp(String.raw`\b(${TITLE}\s+)(${WORD})((?:\s+${WORD}){0,2})`, 'i');
const EN_CLOSED = new RegExp(String.raw`^(${TITLE}\s+)?(${WORD})((?:\s+${WORD}){0,2})(?:'s\s+(?:fine|ok|okay|good)\b|\s*,?\s+(?:is fine|is ok|here|speaking|thanks?|thank you|thx|ty|cheers|ta|pls|please|lah|la|ah|mate|love|luv|dear|darling)\b)`, 'i');
const EN_BARE = new RegExp(String.raw`^(?:just\s+|only\s+|so\s+|i mean\s+)?(${TITLE}\s+)?(${WORD})((?:\s+${WORD}){0,2})[.!\s]*$`, 'i');
const EN_STOP = new Set(['lol', 'only', 'or', 'and', 'if', 'at', 'the', 'my', 'me', 'please', 'pls', 'thanks', 'thank', 'actually', 'but', 'is', 'fine', 'u', 'you', 'asked', 'already', 'here', 'there', 'ok', 'okay', 'sure', 'for', 'mother', 'father', 'wife', 'husband', 'a', 'an', 'it', 'not', 'no', 'yes', 'hi', 'hello', 'hey', 'asdf', 'test', 'what', 'why', 'name', 'dude', 'bro', 'just', 'lah', 'la', 'leh', 'lor', 'po', 'everyone', 'ma\'am', 'sir', 'helper', 'employer', 'realised', 'change', 'correct', 'speaking', 'na', 'n/a', 'none', 'nobody', 'anyone', 'whoever', 'same', 'good', 'morning', 'afternoon', 'evening', 'again', 'still', 'working', 'broken', 'fixed', 'wait', 'hold', 'on', 'nope', 'yeah', 'yep', 'kind', 'of', 'in', 'to', 'can', 'do', 'be', 'we', 'our', 'his', 'her', 'out', 'now', 'done', 'home', 'cool', 'great', 'cheers', 'bye', 'sorry', 'him', 'she', 'he', 'they', 'mate', 'love', 'luv', 'dear', 'darling', 'hun', 'ta', 'g\'day', 'gday', 'hiya', 'howdy', 'guys', 'folks', 'whatever', 'idk', 'dunno', 'nah', 'landlord', 'tenant', 'owner', 'housekeeper', 'maid', 'ayi', 'nanny', 'husband', 'wife', 'son', 'daughter', 'will', 'would', 'should', 'could', 'who', 'when', 'where', 'that', 'this', 'down', 'under', 'as', 'with', 'from', 'about', 'your', 'use', 'put', 'write', 'same', 'before', 'last', 'time', 'new', 'one', 'number', 'address', 'phone', 'send', 'come', 'call', 'ask', 'fix', 'get', 'go', 'tell', 'give', 'need', 'want', 'let', 'have', 'take', 'make', 'someone', 'somebody']);
/** Capitalised as typed when the customer used capitals (O'Brien, McDonald), else first letters up. */
const cap = (w: string) => /[A-Z]/.test(w) ? w : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-');

/**
 * The first introducer whose next word is a name. Hits may overlap ("it's for Émilie": "it's" is followed
 * by "for", itself an introducer), so after a stop word the search resumes at that word.
 */
function firstLed(text: string): RegExpExecArray | undefined {
  EN_LEADS.lastIndex = 0;
  for (let hit = EN_LEADS.exec(text); hit; hit = EN_LEADS.exec(text)) {
    // "I'm Kate's brother, I'll be there": a possessive names someone else; a contraction is no name.
    if (!EN_STOP.has(hit[2].toLowerCase()) && !/'(s|ll|d|re|ve|m)$/i.test(hit[2])) return hit;
    EN_LEADS.lastIndex = hit.index + hit[0].lastIndexOf(hit[2], hit[0].length - (hit[3]?.length ?? 0));
  }
  return undefined;
}

function englishName(text: string): string | undefined {
  // "It's for my mother, ask for Mrs Lakshmi": the introducer whose next word is a name.
  // "I'm Jess's flatmate": a possessive names someone else.
  const led = firstLed(text);
  // "change the name to my employer, Mrs. Lau": a title before a word is a name wherever it stands.
  const hit = text.match(EN_TITLED) ?? led ?? text.match(EN_CLOSED) ?? text.match(EN_BARE);
  if (!hit || EN_STOP.has(hit[2].toLowerCase().replace(/'(ll|d|s|re|ve|m)$/, ''))) return undefined;
  const title = hit[1] ? `${cap(hit[1].trim())} ` : '';
  const rest: string[] = [];
  for (const word of (hit[3] ?? '').trim().split(/\s+/).filter(Boolean)) {
    // "Li Na": a capitalised syllable of a Chinese given name is not the stop word it spells.
    if (EN_STOP.has(word.toLowerCase()) && !(/^[A-Z][a-z]$/.test(word) && /^(na|le|ma|he)$/i.test(word))) break;
    rest.push(cap(word));
  }
  // "asdfgh", "qwerty": a run of four consonants is a keyboard, not a name.
  if (!title && !rest.length && (!/[aeiouy]/i.test(hit[2]) || /[^aeiouy\W]{4}/i.test(hit[2]))) return undefined;
  if (rest.length && rest.at(-1)!.toLowerCase() === 'ah') rest.pop();
  return [title + cap(hit[2]), ...rest].join(' ');
}

/** Whose surname it is ("她姓王", "我老公接 姓何"): the form of address follows. */
const FEMALE = /女|她|老婆|太太|妻子|媳妇|妈/;
const MALE = /男|他|老公|丈夫|爸/;

/** Not a name: questions, complaints, fillers, intents (issue 14 stored "还不行" and "在吗" as names). */
const ASKS_FOR = /\bask(?:ing)? for (?!me\b)/i;
const MAY_BE_HOME = /\b(?:may|might|could|will|can) (?:also )?(?:answer|open|get) the door\b|\b(?:may|might|could|will) be (?:home|there|in)\b/i;
const NOT_A_NAME = /[?？]|吗|什么|怎么|多少|为什么|不行|坏了|还是|在吗|有人|人工|客服|不知道|不方便|干啥|不告诉|投诉|等一下|快点|派人|修|来|电话|\b(what|why|how|help|broken|still|not working|wait)\b/i;

/**
 * The name to ask for, as the customer wrote it (王女士, 小李, 陈生, Mike, Mrs Chen): the first clause
 * that reads as a name, an honorific form preferred. `invalid` when nothing in the reply is a name.
 */
export function readName(text: string): Reading | undefined {
  // "陳 國 強": a name typed one character at a time.
  // "吳先生（我老婆在家，找她也可以）": an aside in brackets is not the name.
  text = text.replace(/[（(][^）)]{0,60}[）)]/g, ' ');
  // "金美兰입니다", "韩春花的 네": Korean words around a name written in Han (朝鲜族 customers) are not part of it,
  // nor is the 的 that closes "是韩春花的".
  if (/\p{Script=Hangul}/u.test(text)) text = text.replace(/\p{Script=Hangul}+/gu, ' ').replace(/(?<=\p{Script=Han}{2})的(?=\s|$)/gu, ' ');
  let spelled = /^\p{Script=Han}(\s+\p{Script=Han}){1,3}$/u.test(text.trim()) ? text.replace(/\s+/g, '') : text.trim();
  for (const [pattern, surname] of SPELLED) spelled = spelled.replace(pattern, surname);
  const spelledOut = spelled !== text.trim();
  // "李 先生": a surname and its honorific typed apart are one name.
  const [head, tail] = spelled.split(/\s+/);
  if (tail !== undefined && spelled.split(/\s+/).length === 2 && surnameLength(head) === head.length && head && HONORIFIC.test(tail) && tail.replace(HONORIFIC, '') === '') spelled = head + tail;
  // "谢卫东 不对 打错了 谢卫冬": the name after the customer's own correction.
  const corrected = afterSelfCorrection(spelled);
  if (corrected !== spelled && /\p{Script=Han}/u.test(corrected)) {
    const again = readName(corrected);
    if (again?.kind === 'value') return again;
  }
  if (/\p{Script=Han}/u.test(spelled)) {
    // "别写成巴特儿", "不是小李": a form ruled out is not the name. "叫小周也可以" is a second choice, after the name itself.
    const clauses = segments(spelled).filter((s) => !NOT_A_NAME.test(s) && !/^(别|不要|不是|莫|勿)/.test(s));
    const firstChoice = clauses.filter((s) => !/[也都](可以|行|成)/.test(s));
    const read = (list: string[]) => list.map((s) => hanName(s, spelledOut)).filter((n): n is string => Boolean(n));
    const names = read(firstChoice).length ? read(firstChoice) : read(clauses);
    const calledBy = read(firstChoice.filter((c) => CALL_ME.test(c)));
    const best = calledBy[0] ?? names.find((n) => HONORIFIC.test(n) || FAMILIAR.test(n)) ?? names.find((n) => n.length >= 2) ?? names[0];
    // "我姓刘 … 女的": a surname and a gender make 刘女士.
    if (best && best.length === surnameLength(best)) return { kind: 'value', field: FIELD, value: FEMALE.test(spelled) ? `${best}女士` : MALE.test(spelled) ? `${best}先生` : best };
    if (best) return { kind: 'value', field: FIELD, value: best };
  }
  // A comma ends a name ("it's Dave, mate"); it is kept so the words after it are not read as a surname.
  // "Becker, Hans": a surname, a comma and a given name, as forms are filled in.
  const inverted = spelled.trim().match(/^([A-Z][a-z'-]+),\s*([A-Z][a-z'-]+)\.?$/);
  if (inverted && !EN_STOP.has(inverted[1].toLowerCase()) && !EN_STOP.has(inverted[2].toLowerCase())) return { kind: 'value', field: FIELD, value: `${inverted[2]} ${inverted[1]}` };
  // "ma'am Karen Leung po": the Filipino courtesies around a name are not part of it.
  const latin = spelled.replace(/^(?:ma'?am|sir)\s+(?=[A-Z])/i, '').replace(/\s+po\.?$/i, '').replace(/，/g, ',').replace(/[\p{Script=Han}。！]+/gu, ' ').replace(/!/g, ' ').trim();
  const clauses = latin.split(/\s*(?:\bbut\b|;|\s[—–]\s|(?<=[?？])|(?<!\b(?:mr|mrs|ms|dr|mdm|miss|[a-z]))\.\s)\s*/i).filter(Boolean);
  // "my chinese name is 布鲁克 but Daniel is fine": the clause that offers a name wins over the one that explains.
  // "Please ask for Mrs. Chen, my employer. I am Maria, the helper": the prompt asks whom to ask for, so that clause answers it;
  // "Sipho Dlamini. My wife, Thandi, may answer the door" names someone else who may be home, after the customer.
  const rest = [...clauses].reverse().filter((c) => !ASKS_FOR.test(c));
  const order = [...clauses.filter((c) => ASKS_FOR.test(c)), ...rest.filter((c) => !MAY_BE_HOME.test(c)), ...rest.filter((c) => MAY_BE_HOME.test(c))];
  for (const clause of order) {
    if (NOT_A_NAME.test(clause) && !EN_LEAD.test(clause)) continue;
    // "Why name is required?": a question offers no name.
    if (/[?？]\s*$/.test(clause) && /^\s*(why|what|how|who|is|do|does|can)\b/i.test(clause)) continue;
    const en = englishName(clause.replace(/^[\s,，]+|[\s,，]+$/g, ''));
    if (!en) continue;
    // "…ask for Anna. Anna Volkova.": the same person named in full elsewhere is named in full.
    const fuller = !ASKS_FOR.test(clause) ? undefined : clauses.filter((c) => c !== clause && c.includes(en)).map((c) => englishName(c.replace(/^[\s,，]+|[\s,，]+$/g, '')))
      .find((n) => n && n.length > en.length && n.split(/\s+/).includes(en));
    return { kind: 'value', field: FIELD, value: fuller ?? en };
  }
  return { kind: 'invalid', field: FIELD, reason: 'not_a_name' };
}
