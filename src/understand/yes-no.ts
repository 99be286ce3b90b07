/**
 * Yes / no / don't know. Phrases that look negative but agree (没问题, 没错, 不错, no problem) are
 * taken out before the negative check, so "没问题" is never read as "no" (issue 14).
 */
const AGREEING_NEGATIVES = /没问题|没有问题|没啥问题|没什么问题|没毛病|没错|没有错|不错|没意见|没异议|不介意|无所谓|没关系|不成问题|不是问题|没得问题|都对|都没错|全对|\b(no problem|no problems|not a problem|no worries|no issues?|why not|don'?t mind|not bad|can'?t complain|no objections?)\b/gi;

const NO = /^(不|否|别|没|无)|不用|不要|不行|不可以|不需要|不接受|不同意|不考虑|不了|不想|不对|不是|不必|没必要|不划算|太贵|拒绝|算了|免了|就不|先不|还是不|有误|错了|不正确|修改|买过了?|已经(买|有|办)|推销|\b(not required|no need|stop (trying to )?sell\w*|no|nope|nah|nay|not really|not now|not (interested|needed|necessary)|no thanks?|no thank you|pass|i'?ll pass|don'?t|do not|never|decline|refuse|wrong|incorrect|too (expensive|much)|rather not|negative|change something|except|maybe later|not needed|already (have|got|bought)|later)\b|👎|🙅/i;

const YES = /^(嗯|恩|en|好(?!像|几|多|久|长|贵|意思)|行|可|对(?!不起|了)|是(?!不是|现场|网上)|要|需要|那行|那好|那可以|成|中|妥|得|来吧|安排|没问题|接受|确定|确认|同意|当然|必须|ok)|可以|好的|好滴|好吧|好呀|好啊|行吧|行啊|接受|同意|确定|确认|没问题|当然|愿意|能接受|就这样|就这么办|那就|按这个|继续|搞起|麻烦了|(那)?(就)?带(一|个|上)|来一(个|根|份|套)|顺便的事|辛苦|看着办|来看看|过来吧|来吧|登记|安排|冲|整吧|弄吧|👌|👍|✅|🙆|\b(y|ya|yah|yea|yes|yeah|yep|yup|yess+|sure|ok|okay|okey|okie|alright|all right|fine|of course|absolutely|definitely|certainly|go ahead|go for it|sounds good|sounds fine|that works|works for me|deal|correct|right|confirm(ed)?|agree[ds]?|please do|i guess( so)?|i suppose|accept(ed|able)?|perfect|great|good|looks good|all good|let'?s do it|do it|proceed|affirmative|yes please|haan|ha+n ji|note it|sign me up|book it|go on then|put me down|count me in|confirm)\b/i;

const DONT_KNOW = /不知道|晓不得|不清楚|没有?找到|找不到|不记得|记不得|记不清|记不太清|记不住|想不起|忘了|忘记了|不确定|说不准|说不好|没印象|不晓得|\b(don'?t know|dunno|no idea|not sure|can'?t remember|don'?t remember|no clue|forgot|unsure|idk|peeled off|can'?t see|cannot see|can'?t find)\b/i;

/** "考虑一下" / "let me think": neither yes nor no yet (at an offer, the dialog takes it as "no"). */
const UNDECIDED = /考虑一下|想一想|想想|再看看|商量一下|问问家里|(先)?问(一?下|问)我?(老公|老婆|家里|爱人|孩子|儿子|女儿)|等下回复|再说|\b(let me think|think about it|maybe later|not sure yet|i'?ll see)\b/i;

export function readYesNo(lower: string): 'yes' | 'no' | undefined {
  if (UNDECIDED.test(lower)) return undefined;
  lower = lower.replace(NEUTRAL, ' ');
  const agreeing = AGREEING_NEGATIVES.test(lower);
  AGREEING_NEGATIVES.lastIndex = 0;
  const rest = lower.replace(AGREEING_NEGATIVES, ' ').trim();
  if (NO.test(rest)) return 'no';
  if (agreeing || YES.test(lower)) return 'yes';
  return undefined;
}

/** Politeness that starts with a negative character but says nothing: 不好意思, 不客气. */
const NEUTRAL = /不好意思|不客气|不过|sorry/g;

export function isUndecided(lower: string): boolean {
  return UNDECIDED.test(lower);
}

/** A clause that asks or supposes ("…是吧？", "要是不修…", "if …") is not an answer in itself. */
const ASKING_CLAUSE = /[?？]$|吗$|呢$|是吧$|对吧$|[行好能对]不$|没$|要是|如果|假如|的话|\bif\b|咋|啥|怎么|多少|多长|多久|几|是不是|能不能|可不可以|有没有|要不要|\b(what|how|when|why|where|is it|is that|do i|can i)\b/i;

/**
 * Yes/no over clauses: the last clause that answers decides ("可以呀 那师傅多久能来？" is yes,
 * "五十块检测费？…那行" is yes), clauses that ask or suppose are skipped.
 */
export function readYesNoClauses(spaced: string): 'yes' | 'no' | undefined {
  // Spaces separate Chinese clauses, not English words ("I guess so" is one clause).
  const clauses = spaced.split(/(?<=[?？])|[,，。.!！;；~…]+|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u).filter((c) => c && c.trim());
  let answer: 'yes' | 'no' | undefined;
  for (const clause of clauses) {
    if (ASKING_CLAUSE.test(clause)) continue;
    answer = readYesNo(clause) ?? answer;
  }
  return answer;
}

export function saysDontKnow(lower: string): boolean {
  return DONT_KNOW.test(lower);
}
