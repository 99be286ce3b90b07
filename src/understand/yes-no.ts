import { foldCasualEnglish } from './casual-english.js';

/**
 * Yes / no / don't know, read clause by clause. The order of the checks is the point:
 * 1. a negated negative agrees ("不是不行", "没说不要", "I don't see why not");
 * 2. phrases that look negative but agree (没问题, 不介意, no worries) are taken out before the
 *    negative check, so "没问题" is never read as "no" (issue 14);
 * 3. a negative anywhere in the clause, then a positive.
 */
const DOUBLE_NEGATIVE = /(不是|也不是|并不是|倒不是|又不是|也没说|没说|没有说|没讲)(不行|不可以|不能|不要|不愿意|不同意|不接受|不修)|不(反对|拒绝)|不会不(同意|要|修)|\b(don'?t see why not|can'?t see why not|no reason not to|not against (it|that)|wouldn'?t say no|can'?t say no)\b/i;

const AGREEING_NEGATIVES = /没问题|没有问题|没啥问题|没什么问题|没毛病|没错|没有错|不错|没意见|没异议|不介意|无所谓|没所谓|不在乎|无妨|没关系|不要紧|不碍事|不打紧|没(得|啥)?事(?![了啦儿])|不成问题|不是问题|没(有)?得问题|冇得?问题|都对|都没错|全对|全部对|全部都对|都是对的|\b(no wahala|no problem|no problems|not a problem|no worries|no issues?|why not|don'?t mind|not bad|can'?t complain|no objections?|no bother|no dramas|no drama)\b/gi;

/** Putting an offer off ("下次吧", "改天再说", "maybe later") declines it for now. */
const PUT_OFF = /^(那)?(下次|改天|以后|回头|下回|过段时间|有需要|需要的时候)(吧|再说|再讲|再看|再联系|再考虑)|^再说[吧啦]?$|下次再说|以后再说|回头再说|改天再说/;

const NO = /^(不|否|别|没|无)|不用|不要|不行|不可以|不需要|不接受|不同意|不考虑|不了|不想|不对|不是|不必|没必要|用不着|不中(?!用)|不成(?!问题)|要不得|不划算|不值|太贵|贵了|(咋|怎么|为啥)不去抢|抢钱|坑人|宰人|拒绝|算了|算啦|算咯|免了|就不(?=要|用|修|弄|搞|整|了|需要|麻烦|考虑|换|洗|约)|先不|不太对|不大对|还是不|有误|错了|不正确|修改|买过了?|已经(买|有|办)|推销|促销|广告|没兴趣|不感兴趣|用不上|用不到|自己(会|能)(洗|弄|换|搞|修)|\b(not required|no need|stop (trying to )?(sell|promot|push|advertis|market)\w*|(maybe )?next time|no|nope|nah|nay|not really|not (interested|needed|necessary|keen|fussed|bothered|worth it)|not be (necessary|needed|required)|not (now|today|yet|for now|at the moment|at present|right now|this time|at this time|for me)|no thanks?|no thank you|no ta|pass|i'?ll pass|hard pass|don'?t|do not|never|decline|refuse|non merci|^non\b(?!-)|wrong|incorrect|too (expensive|much|pricey|dear|steep|costly)|rather not|negative|change something|except|maybe later|probably not|not needed|already (have|got|bought)|later|(give|giving) it a miss|(will|would|shall|'ll)? ?not (proceed|go ahead|continue|be going ahead)|(won'?t|wouldn'?t|shan'?t) (be )?(proceed|go ahead|continue|going ahead)\w*|(i'?ll|i can|we'?ll|we can) (do|clean|change|replace|fix|sort) (it|that) (myself|ourselves)|(won'?t|shan'?t|not going to|don'?t think i'?ll) bother|(i'?ll|i will|let'?s) (leave|skip) it|leave it)\b|\b(i'?m|i am|we'?re|we are) (quite |perfectly |just )?(good|ok|fine|all good|alright|all right|set|sorted|happy as i am)\b(?! with)|👎|🙅/i;

const YES = /^(换|整|修|洗|弄|办|装)[了吧啊呀嘛！!。]*$|^(嗯|恩|en|好(?!像|几|多|久|长|贵|意思)|行|可|对(?!不起|了)|是(?!不是|现场|网上)|要|需要|那行|那好|那可以|那中|那成|成|中(?!午|间|国|途|心|秋)|妥|得|来吧|安排|没问题|接受|确定|确认|同意|当然|必须|认了|管|都得|ok)|可以|好的|好滴|好吧|好呀|好啊|行吧|行啊|接受|同意|确定|确认|没问题|当然|愿意|能接受|就这样|就这么办|就这么着|只能这样|只好这样|那就|按这个|继续|搞起|麻烦(你|您)?了|(来|过来)(给)?(看|瞧)(看|一下|下)|(那)?(就)?带(一|个|上)|来一(个|根|份|套)|(整|弄|搞|办)一?(个|套|份)|顺便的事|辛苦|看着办|来看看|过来吧|来吧|登记|安排|冲|(修|弄|整|搞|换|洗|做|约|加|带)吧|欧克|派(个)?(人|师傅)|(让|叫)师傅(来|过来|上门)|上门吧|先(检测|看看|来看)|来[一二两三几]?(个|根|份|套|支|次)|(也|一起|顺便)(洗|弄|做|换|带|清洗|加)|随便|听你的|听你们的|你说了算|👌|👍|✅|🙆|\b(y(?!['’])|yes|yeah|yep|yup|sure|ok|bet|say less|fine|of course|absolutely|definitely|certainly|go ahead|go for it|sounds good|sounds fine|that works|works for me|deal|correct|right|confirm(ed)?|agree[ds]?|please do|i guess( so)?|i suppose|i reckon( so)?|alright|all right|accept(ed|able)?|perfect|great|good|lovely|brilliant|looks good|all good|let'?s do it|do it|proceed|affirmative|haan|ha+n ji|note (it|my|me|down|that)|sign me up|book it|go on then|put me down|count me in|i'?m in|happy to|too right|confirm|send (someone|somebody|him|them|the (engineer|technician|tech|guy))|come (and|to) (have a look|check|look|see)|have a look|add (it|one|that|them|me)|include it|throw it in|up to you|whatever you (think|say|reckon)|your call|righto|right you are|smashing|grand|sweet( as)?|too easy|no dramas|you bet|beauty|i'?d like that|i'?ll have (that|it|one|them)|that'?d be (great|good|lovely|fine|brilliant)|^please( go ahead)?$)\b/i;

const DONT_KNOW = /不知道|(我|俺|我们)?(哪|怎么|咋)(知道|晓得)|不造|晓不得|不清楚|没有?找到|找不到|不记得|记不得|记不清|记不太清|记不住|想不起|忘了|忘记了|不确定|说不准|说不好|没印象|不晓得|\b(don'?t know|dunno|no idea|can'?t mind|cannot mind|(haven'?t|have not) (got )?(the )?(faintest|foggiest|slightest|least) idea|(couldn'?t|can'?t|cannot) (really |honestly )?tell you|(not|no) the (faintest|foggiest|slightest) idea|not sure|can'?t remember|don'?t remember|no clue|forgot|unsure|idk|peeled off|can'?t see|cannot see|(can'?t|cannot|couldn'?t) (find|see|locate))\b/i;

/** "考虑一下" / "let me think": neither yes nor no yet (at an offer, the dialog takes it as "no"). */
const UNDECIDED = /考虑一下|不知道要不要|要不要呢|\bi ask (?:my|the) (?:roommate|flatmate|wife|husband|landlord|tenant|boss|parents?|mum|mom|dad)\b|(我|俺)?问(哈|一哈|下)(我|俺)?(屋里|家里|屋企)?(的)?(老公|老婆|老伴|对象|男人|婆娘|屋里人|家里人)|考虑考虑|考虑下|问问(?:我|俺)?(?:家里的?|老伴|对象|租客|房东)|先修好再说|修好了?再(?:说|考虑)|[睇看]下先|\b(?:(?:wait )?i ask (?:ma'?am|sir|my (?:employer|boss|landlord|wife|husband)) first)\b|想一想|想想|我?想一?下(?!单)|问问(他|她)|再看看|看看再说|商量|不确定|拿不准|说不准|问问家里|(先)?问(一?下|问)我?(老公|老婆|家里|爱人|孩子|儿子|女儿|家人|媳妇|个仔|个女|仔|囡)|问(一?下|问)(额|我|俺)?(的)?(娃|个女|个仔)|(返|回)(来|嚟)(再)?问|问(一?下|问)?(他|她|佢)先|再定|到时候(再)?(看|说|定)|(周末|明天|晚点|晚些|过两天|过几天)再(说|看|定|决定)|看看?修[完好]|等下回复|晚点(答复|回复|告诉|再说)|回头(答复|回复|告诉)你|\b(make i (think|check|ask)|let me (think|check|ask|see|get back)|think about it|not sure|unsure|i'?ll (see|think|check|let you know|get back)|get back to you|check with my|ask my (wife|husband|partner|son|daughter|family|landlord|boss)|need to (think|check|ask)|(need|have) (to|tae) (ask|check with|discuss with) (ma|my)|discuss (it |this )?with my|(i will|i'?ll) (consider|revert)|before (deciding|i decide|making a decision|i make up my mind)|decide (when|after|once|later)|depends (on )?(what|how|when))\b/i;

/**
 * Politeness that starts with a negative character but says nothing (不好意思, 不客气), never having heard of
 * something ("镁棒是啥 没听过"), and how to come to the door ("莫按门铃 敲门就行", "don't ring the bell"): neither answers the question.
 */
const NEUTRAL = /不好意思|不客气|不过|sorry|没听(?:说)?过|(?:别|不要|勿|请勿)(?:按|摁|敲)(?:门铃|门)|\b(?:don'?t|do not|please don'?t) (?:ring|knock)(?: on)?(?: the)? (?:bell|doorbell|door)\b/g;

export function readYesNo(lower: string): 'yes' | 'no' | undefined {
  lower = foldCasualEnglish(lower);
  if (UNDECIDED.test(lower)) return undefined;
  lower = lower.replace(NEUTRAL, ' ');
  if (DOUBLE_NEGATIVE.test(lower)) return 'yes';
  const agreeing = AGREEING_NEGATIVES.test(lower);
  AGREEING_NEGATIVES.lastIndex = 0;
  const rest = lower.replace(AGREEING_NEGATIVES, ' ').trim();
  if (NO.test(rest) || PUT_OFF.test(rest)) return 'no';
  if (agreeing || YES.test(lower)) return 'yes';
  return undefined;
}

export function isUndecided(lower: string): boolean {
  return UNDECIDED.test(foldCasualEnglish(lower));
}

/** A clause that asks or supposes ("…是吧？", "要是不修…", "if …") is not an answer in itself. */
const ASKING_CLAUSE = /[?？]$|吗$|(?<!^(嗯|恩|好的?|是的?|对的?|可以的?|行的?|没问题的?))呢$|是吧$|对吧$|[行好能对]不$|(能|可以|可|行|好|要|会|是|有).{0,8}[^不]不$|没$|(?<![没不])什么(?!问题|都|也)|要是|如果|假如|的话|\bif\b|咋(?!不去抢)|啥|怎么(?!不去抢)|多少|多长|多久|几|是不是|能不能|可不可以|有没有|(?<!不)要不要|\b(what|how|when|where|is it|is that|do i|can i)\b|\bwhy\b(?! not\b)/i;
const FILLER = /^(嗯+|恩+|呃+|额+|唔+|hm+|um+|uh+|em+|er+)$/i;
const REASSURANCE = /^(all good( thanks)?|(that'?s|it'?s) (ok|fine|alright)|no worries|no problem|没关系|没事|没事的|没问题)[\s!.。！]*$/i;
/** "No thanks, that's lovely though": a courtesy after the answer does not turn it round. */
const COURTESY = /^\s*(thanks|thank you|thx|ty|cheers)( (ya|yah|lah|la|mate|man|dear|so much|a lot|again))*[\s!.]*$|\bthough$|\banyway\b|\b(thanks|thank you) (for|anyway)\b|\bappreciate\b/i;

/**
 * Yes/no over clauses: the last clause that answers decides ("可以呀 那师傅多久能来？" is yes,
 * "五十块检测费？…那行" is yes), clauses that ask, suppose or only thank are skipped.
 */
export function readYesNoClauses(spaced: string): 'yes' | 'no' | undefined {
  let answer: 'yes' | 'no' | undefined;
  const clauses = clausesOf(spaced);
  for (const clause of clauses) {
    if (ASKING_CLAUSE.test(clause) || COURTESY.test(clause)) continue;
    // "嗯…让俺想想哈", "hmm, not quite": a filler before more words only holds the floor; it agrees only alone.
    if (clauses.length > 1 && FILLER.test(clause.trim())) continue;
    // "nah mate, all good" / "不用了 没关系": reassurance after a no keeps the no.
    if (answer === 'no' && REASSURANCE.test(clause.trim())) continue;
    answer = readYesNo(clause) ?? answer;
  }
  return answer;
}

/** The reply's yes/no: by clause, else the whole reply when none of it asks ("可以刷卡吗" is a question). */
export function readYesNoReply(spaced: string, lower: string): 'yes' | 'no' | undefined {
  const byClause = readYesNoClauses(spaced);
  if (byClause || /[?？]/.test(lower) || clausesOf(spaced).some((clause) => ASKING_CLAUSE.test(clause))) return byClause;
  return readYesNo(lower);
}

/** The clauses of a reply that ask or suppose ("可以。检测大概多久？" → "检测大概多久？"), joined. */
export function askingPart(spaced: string): string {
  return clausesOf(spaced).filter((clause) => ASKING_CLAUSE.test(clause)).join(' ');
}

/** Spaces separate Chinese clauses, not English words ("I guess so" is one clause). */
function clausesOf(spaced: string): string[] {
  return spaced.split(/(?<=[?？])|[,，。.!！;；~…]+|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u).filter((c) => c && c.trim());
}

export function saysDontKnow(lower: string): boolean {
  return DONT_KNOW.test(lower);
}
