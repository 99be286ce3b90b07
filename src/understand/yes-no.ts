/**
 * Yes / no / don't know. Phrases that look negative but agree (没问题, 没错, 不错, no problem) are
 * taken out before the negative check, so "没问题" is never read as "no" (issue 14).
 */
const AGREEING_NEGATIVES = /没问题|没有问题|没啥问题|没什么问题|没毛病|没错|没有错|不错|没意见|没异议|不介意|无所谓|没关系|不成问题|不是问题|\b(no problem|no problems|not a problem|no worries|no issues?|why not|don'?t mind|not bad|can'?t complain|no objections?)\b/gi;

const NO = /^(不|否|别|没|无)|不用|不要|不行|不可以|不需要|不接受|不同意|不考虑|不了|不想|不对|不是|不必|没必要|不划算|太贵|拒绝|算了|免了|就不|先不|还是不|有误|错了|不正确|\b(no|nope|nah|nay|not really|not now|not (interested|needed|necessary)|no thanks?|no thank you|pass|i'?ll pass|don'?t|do not|never|decline|refuse|wrong|incorrect|too (expensive|much)|rather not|negative)\b|👎|🙅/i;

const YES = /^(嗯|恩|en|好|行|可|对|是|要|需要|成|中|妥|得|来吧|安排|没问题|接受|确定|确认|同意|当然|必须|ok)|可以|好的|好滴|好吧|好呀|好啊|行吧|行啊|接受|同意|确定|确认|没问题|当然|愿意|能接受|就这样|就这么办|那就|按这个|继续|搞起|麻烦了|谢谢|辛苦|👌|👍|✅|🙆|\b(y|ya|yah|yea|yes|yeah|yep|yup|yess+|sure|ok|okay|okey|okie|alright|all right|fine|of course|absolutely|definitely|certainly|go ahead|go for it|sounds good|sounds fine|that works|works for me|deal|correct|right|confirm(ed)?|agree[ds]?|please do|i guess( so)?|i suppose|accept(ed|able)?|perfect|great|good|looks good|all good|let'?s do it|do it|proceed|affirmative|yes please)\b/i;

const DONT_KNOW = /不知道|不清楚|不记得|记不得|记不清|忘了|忘记了|不确定|说不准|说不好|没印象|不晓得|\b(don'?t know|dunno|no idea|not sure|can'?t remember|don'?t remember|no clue|forgot|unsure|idk)\b/i;

/** "考虑一下" / "let me think": neither yes nor no yet. */
const UNDECIDED = /考虑一下|想一想|想想|再看看|商量一下|问问家里|\b(let me think|think about it|maybe later|not sure yet|i'?ll see)\b/i;

export function readYesNo(lower: string): 'yes' | 'no' | undefined {
  if (UNDECIDED.test(lower)) return undefined;
  const agreeing = AGREEING_NEGATIVES.test(lower);
  AGREEING_NEGATIVES.lastIndex = 0;
  const rest = lower.replace(AGREEING_NEGATIVES, ' ').trim();
  if (NO.test(rest)) return 'no';
  if (agreeing || YES.test(lower)) return 'yes';
  return undefined;
}

export function saysDontKnow(lower: string): boolean {
  return DONT_KNOW.test(lower);
}
