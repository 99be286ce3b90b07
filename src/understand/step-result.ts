import { afterSelfCorrection } from './segments.js';
import type { Reading } from './reading.js';

const REPAIR = /上门|师傅|派人|派个人|来修|报修|维修|修理|工程师|来修|来看看|来人|换(个|台|一台)|\b(technician|engineer|repair(man)?|book|send (someone|somebody|a tech)|get (someone|somebody|a tech\w*) (out|over|here|to come)|visit|come (out|over)|fix it for me)\b/i;
/** Symptoms that stop: "不漏了" is good news although it has a 不 in it. */
const STOPPED = /不(再)?(漏|滴|响|叫|吵|报警|跳闸|臭|冒烟|卡|抖|震|结冰|异响|闪)(水|了)/;
const UNSURE = /说不清|不好说|说不好|好一点|好点了|等等看|在等|观察一下|再看看|\b(not sure|let'?s see|wait and see|a bit better|somewhat better)\b/i;
const FIXED = /(?<!不)能[\p{Script=Han}]{1,2}了|变(冷|凉|热|暖|正常|快|好)了|[排出]到水|着了|好了|好啦|好像好|解决|可以了|可以[\p{Script=Han}]{1,2}了|行了|正常了|能用了|没问题了|搞定|ok了|成了|恢复了|有(水|水声|声音|声|反应|电|热风|冷风|热水|信号|网)了|(转|亮|出水|出热水|制冷|制热|启动|动|排水|排掉|进水|开机|工作|运行|凉|热|通)(起来)?了|\b(fixed|it works|works now|working( again| now)|that did it|did the trick|sorted|solved|resolved|all good|fine now|good now|back to normal|ok|okay|back (up|on)|you (guys )?rock|u guys rock|yes|yep|yeah|yay)\b|👍|🎉/iu;
const NOT_FIXED = /还是|还不|没有?变|还那样|还是那样|又(坏|不|停|出)|没用|不行|依旧|依然|仍然|一样|没反应|没变化|不管用|没好|没解决|没效果|老样子|照旧|不转|不亮|不出|不工作|不制冷|不排水|不进水|^不|^没|\b(still|again|died|stopped|not (working|fixed)|didn'?t|did not|doesn'?t|no luck|same|nope|no|nothing|not really|nah)\b|👎/i;

/** Better but not right: "好一点了", "slightly cooler", "凉了一点点". */
const IMPROVED = /好(一)?点|好些|快(一)?点|[凉冷热快强顺稳]了?(一)?点|[凉冷热快强顺]了些|了一些|少少|\b(bit better|a bit|slightly|somewhat|kinda|kind of|sort of|partly|partially|a little)\b/;
const BUT = /但是?|不过|可是|就是|\b(but|though|however)\b/;
/** Not yet known: the step needs time ("等两个小时", "will check after 2 hours", "明天再看"). */
const LATER = /还没到|等(会|一会|下|两个小时|2个?小时)再?看|明天再看|过会再看|再等等|\b(will check|check (again )?(later|after|tomorrow)|wait (and see|a bit)|give it (some )?time|not yet (sure|time))\b/;
/** Stuck on the step itself ("拧不开", "cannot find it"): neither fixed nor a failure of the fix. */
const STUCK = /[拧打拆]不开|找不到|够不着|\b(can'?t|cannot|couldn'?t) (find|open|reach|unscrew|get)\b/;

/** The answer to "did that fix it?": fixed / not fixed / send someone; partial when half better or not known yet. */
export function readStepResult(lower: string): Reading | undefined {
  if (UNSURE.test(lower) && !/还是不|没用|\bstill\b/.test(lower)) return { kind: 'partial', known: {} };
  if (LATER.test(lower) || (IMPROVED.test(lower) && !/还是(不|没)|没有?好|\b(not (fixed|working)|no change)\b/.test(lower.split(BUT)[0]))) {
    if (!REPAIR.test(lower)) return { kind: 'partial', known: {} };
  }
  // "现在好像可以了 哦不对 还是有点排不出去": the customer's last word counts.
  lower = afterSelfCorrection(lower);
  if (REPAIR.test(lower) && !/不(用|需要)(上门|师傅|维修)/.test(lower)) return { kind: 'book_repair' };
  if (STOPPED.test(lower) && !/还是|还在|依然|仍然|\bstill\b/.test(lower)) return { kind: 'fixed' };
  const notFixed = NOT_FIXED.test(lower);
  if (/好像好了|好了|解决了|可以了|正常了/.test(lower) && !/还是不|没有?好|不好了|还没/.test(lower)) return { kind: 'fixed' };
  if (notFixed) return { kind: 'not_fixed' };
  if (FIXED.test(lower)) return { kind: 'fixed' };
  return undefined;
}
