import { foldCasualEnglish } from './casual-english.js';
import { afterSelfCorrection } from './segments.js';
import type { Reading } from './reading.js';

/**
 * The answer to "did that fix it?": fixed / not fixed / send someone; partial when half better,
 * on and off, or not known yet. Read as a report of the machine's state, so the classes are the
 * general ones (a symptom that stopped, a function that came back, "still" + anything) rather than
 * the wording of one step.
 */
const REPAIR = /上门|(?<!上次|之前|上回|那个)师傅(?!也|说|讲|之前)|派人|派个人|派员|到府|检修|(叫|喊|找)个?人(来|过来)|来修|报修|维修|修理|工程师|来人|换(个|台|一台)|\b(technician|engineer|repair(man)?|book|send (someone|somebody|a tech\w*|an? engineer|help|a (bloke|guy|man|person|fella|fellow|repairman))|get (someone|somebody|a tech\w*|an? engineer) (out|over|here|to come)|(someone|somebody) (to )?(come|came|coming) (out|over|round|to)|(someone|somebody|a tech\w*|an? engineer) (to )?come (and )?(look|check|see|have a look)|visit|come (out|over)|fix it for me)\b/i;
const NO_REPAIR = /不(用|需要)(上门|师傅|维修|派人)|维修店|修理店|外面修|\b(no need (for|to send) (a |an )?(tech\w*|engineer|someone)|repair (shop|place|centre|center|store)|take it (to|in))\b/i;

/** A symptom that stopped: "不漏了", "没有异响了", "stopped beeping", "no more leaking" is good news despite its negative. */
const SYMPTOM = '漏|滴|响|叫|吵|报警|报错|跳闸|臭|冒烟|卡|抖|震|结冰|异响|闪|噪音|异味|显示|提示|断|发烫|冒泡|嗡嗡';
const STOPPED = new RegExp(`(不|没有?|不再)(再|会)?(${SYMPTOM})(水|了|声|纸|码)?了|\\b(stopped|no more|no longer|not \\w+ing any ?more)\\b.{0,12}\\b(leak|drip|beep|nois|buzz|click|flash|blink|trip|smell|error|jam)|\\b(leak|drip|beep|nois|buzz|click|flash|blink|trip|smell|error|jam)\\w* (has |have )?(stopped|gone)\\b`, 'i');
/** Still there: "还在漏", "还报错", "仍然不制冷", "still blinking red". */
const STILL = new RegExp(`还是|还不|还没|还(在)?(${SYMPTOM}|亮红|红|闪)|一直(在|是|都是)?(${SYMPTOM}|亮|红|闪)|还有(一股|一阵|阵|点|些)?.{0,4}(味|声|水|响)|仍(然)?|依(然|旧)|照(旧|样)|\\bstill\\b`, 'i');

const UNSURE = /说不清|不好说|说不好|(?:我也|也)?(?:不知道|不晓得|唔知)(?:.{0,6}(?:会不会|有没有|好没好|修好没|是不是好))|(?:有没有修好|修没修好|好没好|好冇好)(?:我)?(?:也)?(?:不知道|不晓得|唔知|说不准)?|暂时(?:冇|没|不)|等等看|在等|还在等|观察一下|再看看|还没试|没来得及试|\b(not sure|let'?s see|(?:we'?ll|will|i'?ll) see (?:if|whether|how)|wait and see|too early to tell|still waiting|(haven'?t|have not|not) tried( it)? yet|let you know)\b/i;
/** On and off: "时好时坏", "有时候有热水有时候没有", "sometimes". */
const INTERMITTENT = /时好时坏|时有时无|时灵时不灵|有时(候)?.{1,12}有时(候)?|一会(儿)?.{1,8}一会(儿)?|偶尔|间歇|\b(sometimes|on and off|off and on|intermittent\w*|comes and goes|hit and miss|now and then)\b/i;
/** Better but not right: "好一点了", "有点改善", "slightly cooler", "凉了一点点". */
const IMPROVED = /好了?(一)?点|[小少轻低快凉冷热]了(很多|好多|不少|许多)|(小|少|好|快|凉|冷|热|顺|安静|轻|低)(多|些)了|好些了|好一些|快(一)?点|改善|[凉冷热快强顺稳小大]了?(一)?点|[凉冷热快强顺]了些|了一些|少少|比(之前|刚才|以前)好|\b(better|improved?|bit better|a bit|slightly|somewhat|kinda|kind of|sort of|partly|partially|a little)\b/i;
const NOT_BETTER = /还是(不|没)|没有?好|\b(not (fixed|working|any better)|no better|no change)\b/i;
const BUT = /但是?|不过|可是|就是|\b(but|though|however)\b/;
/** Not yet known: the step needs time ("等两个小时", "will check after 2 hours", "明天再看"). */
const LATER = /还没到|\b(won'?t|shan'?t|don'?t|can'?t) (know|tell)\b.{0,20}\b(for|until|till|after)\b|\bcouple of hours\b|等(会|一会|下|两个小时|2个?小时)再?看|(要|得|需要)等.{0,6}(小时|分钟|钟头|个钟)|才(知道|晓得|看得出)|明天再看|过会再看|再等等|\b((need to|have to|got to|gotta) wait (until|till|for) (tomorrow|tonight|later|a few hours|some hours)|will check|check (again )?(later|after|tomorrow)|wait (and see|a bit)|give it (some )?time|not yet (sure|time))\b/i;
/** Not tried yet and said when ("等会再试", "回家才能弄", "聽日先買", "I'll try tomorrow", "not at home until evening"). */
const POSTPONED = /(等会|等一下|等下|待会|晚点|晚些|明天|听日|回家|晚上|下班|礼拜[一二三四五六天日]|周[一二三四五六日末])(再|才能?|先|就)(试|弄|搞|买|看)|\b((i'?ll|i will|will|i) try (it )?(again )?(later|tomorrow|tonight|then|this evening|when i get (home|back))|not (at )?home (until|till|til)|(i'?m|i am) not (at )?home)\b/i;
/** Stuck on the step itself ("拧不开", "cannot find it"): neither fixed nor a failure of the fix. */
const STUCK = /[拧打拆取抽拿]不(开|下来|出来)|找不到|没找着|够不着|\b(can'?t|cannot|couldn'?t) (find|open|reach|unscrew|get|see)\b/i;
const HOW_NOW = /怎么办|咋整|咋弄|怎么弄|\b(what now|what (do|should) i do|how)\b/i;

const WAITS = /多久|多长时间|几天|什么时候|\b(how long|how soon|when (will|can|would))\b/i;

/** Words that say it is fine again, after the negatives that agree (没问题了) are out of the way. */
const AGREEING = /没问题了|没(有)?(事|嘢)了|没毛病了|没(有)?(报错|异响|异味|问题)了|\bno (problem|issue|error)s? (now|any ?more)\b/i;
const FIXED = /(?<!不)能[\p{Script=Han}]{1,2}了|[着著]咗|著了|出(冷|热|暖)?风了|变(冷|凉|热|暖|正常|快|好)了|[排出]到水|着了|(?<![洗清装拧拆调插换擦泡放拔晾看吧用要说关盖扣塞锁接])好[了啦咯嘞喽啰哒]|^(能|可以)?开(机)?了|(?<![不没])[冷凉热暖冻](的)?返?了|好像好|解决|可以了|可以[\p{Script=Han}]{1,2}了|^(好|可以|得|行|中)[了啦呀嘞]?$|^得了|行了|中了|正常了|恢复正常|能用了|好用了|搞定|ok了|成了|恢复了|通了|(变)?绿(了|灯了)|有(水|水声|声音|声|反应|电|热风|冷风|热水|信号|网)了|(转|亮|出水|出热水|制冷|制热|启动|动|排水|排掉|进水|开机|工作|运行|凉|热|通)(起来)?了|[连接]上了|\b(fixed|(?<!\bat )works?|working|worked|that did it|(did|done|does) the (trick|job)|done it|printed|drained|cooled|heated up|fired up|spun|perfectly|marvell?ous|she'?s right|she'?ll be right|i think so|i believe so|seems so|back online|online (now|again)|connected|(drain|cool|heat|print|spin|connect|start|fire|ignit|light|run|flush|pump)\w* (now|again|fine|properly|normally|ok)|(now|finally) (it )?(drain|cool|heat|print|spin|connect|work|start)\w*|sorted|solved|resolved|all good|fine now|good now|back to normal|ok|up and running|(it'?s|is|turns?|turned|came|comes) on (now|again)|running (again|now|fine)|draining (now|fine|again)|it did|(light|led)('s| is)? (green|solid)|(light|led|it)('s| is| went| turned| has gone| goes) (green|solid)|you (guys )?rock|yes|yep|yeah|yay|success|perfect)\b|👍|🎉/iu;
/** Chinese potential complement in the negative: "打不着", "排不出", "连不上", "转不动" — the function still fails. */
const CANNOT = /[\p{Script=Han}]不(上|了|动|出|着|著|进|下去|到)(?!来)/u;
const NOT_FIXED = /没有?变|不\s*work|不灵|失灵|没差|用都没有|一点(用|效果|变化)都没|没(有)?(什么|啥)?(分别|区别|差别|变化|改变)|都是(吹|不|没|一样|这样|那样)|还那样|还是那样|又(坏|不|停|出|黑|灭|断)|黑屏|没用|没啥用|无效|白(弄|搞|费|做)|不行|一样|没反应|没变化|不管用|没好|没解决|没效果|老样子|不转|不亮|不出|不工作|不制冷|不排水|不进水|更(严重|糟|差|厉害)|反而|^不|^没|\b(won'?t|isn'?t|aren'?t|wouldn'?t|can'?t|cannot|not \w+ing|nothing (happens|happened|changed)|(has|have|had)(n'?t| not) changed)\b|\b(still|broken|broke|died|dead|stopped|playing up|on the blink|no dice|cactus|stuffed|kaput|bust(ed)?|knackered|carked|not yet(?! (sure|time|tried))|(?<!(working|running|draining|cooling|heating|going|fine|normal|on|up|back) )again|not (working|fixed)|didn'?t|did not|doesn'?t|no luck|no joy|same|nope|no|nothing|not really|nah|worse|no good|no difference)\b|👎/i;

/** The answer to "did that fix it?"; undefined when the reply is none of these. */
export function readStepResult(lower: string): Reading | undefined {
  lower = foldCasualEnglish(lower);
  const partial = notKnownYet(lower);
  if (partial) return partial;
  // "现在好像可以了 哦不对 还是有点排不出去": the customer's last word counts.
  lower = afterSelfCorrection(lower);
  const still = STILL.test(lower);
  // "要等多久师傅才能来": asking when someone comes is a question, unless the step is reported failed too.
  if (WAITS.test(lower) && !still && !NOT_FIXED.test(lower)) return undefined;
  if (REPAIR.test(lower) && !NO_REPAIR.test(lower)) return { kind: 'book_repair' };
  if (!still && (STOPPED.test(lower) || AGREEING.test(lower))) return { kind: 'fixed' };
  if (STUCK.test(lower) && !still && !NOT_FIXED.test(lower.replace(STUCK, ' '))) return HOW_NOW.test(lower) ? { kind: 'question', topic: 'other' } : { kind: 'partial', known: {} };
  const notFixed = still || NOT_FIXED.test(lower) || CANNOT.test(lower);
  if (/好像好了|(?<![洗清装拧拆调插换擦泡放拔晾看吧用要说关盖扣塞锁接])好了|解决了|可以了|正常了/.test(lower) && !/还是|没有?好|不好了|还没/.test(lower)) return { kind: 'fixed' };
  if (notFixed) return { kind: 'not_fixed' };
  if (FIXED.test(lower)) return { kind: 'fixed' };
  return undefined;
}

/** What is left after "but": a weaker remaining fault ("但是很慢", "就是不咋凉", "still cuts out"). */
const REMAINS = /慢|不够|不太|不咋|有点|还|又|一半|\b(still|slow|not quite|a bit|again|cuts? out|drops?|a (tenth|fraction|quarter)|half)\b/i;
/** "still" with the function failing outright: "还是连不上", "still no internet", "still won't". */
const STILL_FAILS = /(还是|仍然|依然)(连不上|不行|没有?|不[\p{Script=Han}])|\bstill (no|not|won'?t|can'?t|doesn'?t|isn'?t|nothing)\b/iu;
/** About to do the step ("let me go unplug it", "我去试试", "make I go unplug am"): nothing to report yet. */
const ABOUT_TO = /\b(let me|lemme|make i|i'?ll|i will|gonna|going to|about to) (go )?(try|do|check|unplug|restart|reset|clean|test|switch|turn|find|get)\b|我(先)?去(试|弄|拔|找|买)|等我(试|弄|去|找|买)|(明天|待会|等会|回头)(再)?(去|下楼)?买|(买|借|找)(了|到|回来)(再|后再)试/i;
/** Getting what the step needs first ("没有电池 明天去买了再试"): the 没有 is about the tool, not the machine. */
const GET_THEN_TRY = /(买|借|找)(了|到|回来)?(再|后再|以后再)试/;
/** A new fault after the step: "but now there's an orange light", "又出了别的错误". */
const NEW_FAULT = /\bbut now\b|\bnow (there'?s|it (shows|says|gives))\b.{0,20}\b(another|new|different|other)?|另一个|别的(错误|故障|问题)|新的(错误|故障|代码)/i;

/**
 * A function that came back with a fault left ("出热水了 但是一会儿又凉了", "light's green now, but
 * the internet still cuts out") is half a fix. A step merely done ("纸抽出来了 但还是显示卡纸") is not:
 * its first part says nothing about the machine.
 */
function mixedReport(lower: string): boolean {
  if (NEW_FAULT.test(lower)) return true;
  const cut = lower.search(BUT);
  if (cut <= 0) return false;
  const before = lower.slice(0, cut);
  const after = lower.slice(cut);
  // "light's green but still no internet", "灯变绿了 但是还是连不上": the fault itself is still there — not fixed, not half.
  // …unless another part works now: "绿了 但是手机还是连不上 电脑可以", "能亮了 可是指纹还是不认" (the light, the lock came back).
  if (STILL_FAILS.test(after) && !/一点|有点|一些|a bit|a little|slightly|bit\b/.test(after) && !(CAME_BACK.test(before) && OTHER_PART.test(lower))) return false;
  return (FIXED.test(before) || IMPROVED.test(before)) && !NOT_FIXED.test(before) && !STILL.test(before) && REMAINS.test(after);
}

/** A function that came back (not a step done): lit, green, cold, connected. */
const CAME_BACK = /能亮了|亮了|绿了|凉了|冷了|热了|有电了|有网了|有信号了|转了|\b(?:lights? (?:up|on)|green|solid|on now|cold|cooling|works?|(?:have|has|got) (?:wifi|internet|signal|power)(?: now)?)\b/i;
/** One part against another: the phone but not the computer, the fridge but not the freezer, half the rooms. */
const OTHER_PART = /电脑可以|手机可以|冷藏.{0,10}冷冻|冷冻.{0,10}冷藏|指纹|密码|有的.{0,8}有的|一半|部分|\b(?:half (?:the|of)|some (?:of the )?rooms|the (?:bedroom|living room|kitchen|other room))\b/i;

const STRONG_FIX = /\b(worked|fixed|sorted|solved|sweet|perfect|awesome|great now)\b|解决了|搞定|正常了|能用了|好用了|能[\p{Script=Han}]{1,2}了/iu;

/** Half better, on and off, or too soon to say: the dialog asks again later rather than moving on. */
function notKnownYet(lower: string): Reading | undefined {
  if (REPAIR.test(lower) && !NO_REPAIR.test(lower)) return undefined;
  if (mixedReport(lower)) return { kind: 'partial', known: {} };
  if (ABOUT_TO.test(lower) && !FIXED.test(lower) && (!NOT_FIXED.test(lower) || GET_THEN_TRY.test(lower))) return { kind: 'partial', known: {} };
  if (UNSURE.test(lower) && !/还是不|没用|\bstill\b(?! waiting)/.test(lower)) return { kind: 'partial', known: {} };
  if (INTERMITTENT.test(lower) || LATER.test(lower)) return { kind: 'partial', known: {} };
  // "冷藏这会儿凉了，冷冻还是化冻", "half the rooms have wifi now, the bedroom still nothing": one part back, one not.
  if (CAME_BACK.test(lower) && STILL.test(lower) && OTHER_PART.test(lower)) return { kind: 'partial', known: {} };
  if (POSTPONED.test(lower) && !FIXED.test(lower) && !STILL.test(lower) && !NOT_FIXED.test(lower.replace(POSTPONED, ' '))) return { kind: 'partial', known: {} };
  // "that worked, way better now", "heaps better, sweet as": a fix said outright, with no fault left, is fixed.
  if (IMPROVED.test(lower) && !BUT.test(lower) && STRONG_FIX.test(lower) && !/\b(a bit|slightly|a little|bit better|kinda|somewhat)\b|一点|一些/.test(lower)) return undefined;
  if (IMPROVED.test(lower) && !NOT_BETTER.test(lower.split(BUT)[0])) return { kind: 'partial', known: {} };
  return undefined;
}
