import type { QueryTerm } from './analyze-query.js';
import { normalizeText, type Tokenizer } from './tokenizer.js';

/**
 * What a question asks for. An error code on the display asks for the error-code article, not the
 * fault the code happens to come with. And a policy question: Warranty, repair-cost, extended-warranty, return, delivery-damage
 * and ticket articles share most of their words (保修, 维修, 多少钱, 坏了), so BM25 alone picks the
 * neighbour; the kind of request tells them apart. Each intent that fires adds its `terms` (words of
 * the article that answers that request) as one concept at full weight.
 */
interface PolicyIntent {
  name: 'gas-smell' | 'cost-out-of-warranty' | 'extended-warranty' | 'warranty-terms' | 'return' | 'delivery-damage' | 'ticket-status' | 'error-code' | 'complaint' | 'repeat-fault';
  /** Every pattern must match (an AND of ORs)... */
  when: readonly RegExp[];
  /** ...and none of these: a question about the warranty's terms is not one about an expired one. */
  unless?: readonly RegExp[];
  terms: readonly string[];
  /** The concept's weight (1 = a typed word): a code on the display is what the message asks about. */
  weight?: number;
}

const COST = /多少钱|收费|费用|价格|价钱|要钱|收钱|花钱|贵不贵|报价|检测费|维修费|上门费|how much|\bcosts?\b|\bfees?\b|\bcharges?\b|\bprice\b|\bpay\b/;
const EXPIRED = /过保|保修期外|过了保修|保修过期|保修到期|超过保修|出了保修|不在保修|保修期过|out of warranty|out-of-warranty|warranty (?:has )?(?:expired|ended|is over|ran out)|no longer (?:under|covered)/;
const EXTEND = /延保|延长保修|加保|续保|多保(?:几|一|两|三)?年|extended warranty|extend(?:ing)? (?:the |my )?warranty|warranty extension|extra years? of warranty/;
const RETURN = /退货|退款|退钱|退掉|退回|想退|能退|可以退|怎么退|不想要了|无理由|换(?:个|一台|台)?新的|换新|换一台|\bexchange\b|\breplacement unit\b|\brefund|\breturn (?:it|this|the|my)\b|money back|send it back|take it back/;
const DELIVERED = /送来|送到|送货|到货|收到|快递|物流|运输|签收|拆箱|开箱|到手|\barrived|\bdeliver(?:ed|y)\b|courier|out of the box|shipping|unbox/;
const DAMAGED = /摔|破|碎|凹|磕|裂|撞|压坏|变形|划痕|坏的|\bdamaged?\b|\bbroken\b|\bcracked\b|\bdented\b|\bscratch|\bsmashed\b|\bcrushed\b/;
const STATUS = /进度|到哪|什么时候(?:来|到|上门)|还没(?:来|到|人)|没人(?:联系|来)|多久(?:能|才)?(?:上门|来)|工单|维修单|\bstatus\b|\bupdate on\b|when will (?:the |your )?(?:technician|engineer|someone)|(?:no ?one|nobody) (?:has )?(?:come|called|contacted|showed up|turned up)|still waiting|where things stand|(?:haven't|have not|hasn't|not) heard (?:a word|anything|back)|(?:technician|engineer|repair ?(?:guy|man)|someone) (?:was|is) supposed to (?:come|arrive|be here)/;
/** An order on its way: "nobody showed up" about a delivery asks for the delivery article, not the repair ticket. */
const ORDER = /快递|物流|发货|下单|订单|送货|配送|\bdeliver|\border\b|\bpackage|\bparcel|\bshipping|\btracking/;
/** Asking what the warranty covers or whether it still runs, not what a repair costs once it has run out. */
const WARRANTY = /保修|保修期|保不保|保几年|在保|保多久|warrant(?:y|ies)|guarantee (?:period|cover)/;
const TERMS = /多久|几年|多长|期限|范围|包括|保不保|还保|在保|算不算|能不能保|管不管|从哪天|怎么算|还在|不给保|不保了|为什么不保|how long|\bcover(?:s|ed)?\b|\bstill under\b|\bvoid\b|\bclaim\b|when does|\bis it\b|\bstill\b/;

/** A short letter-and-digit code on a display (E1, P4, F21): not a model number, which is longer. */
const CODE = /(?:^|[^a-z0-9])[a-z]{1,2}-?\d{1,2}(?![a-z0-9])|故障码|代码|错误码|\berror\b|\bcode\b/;

/** Gas itself smelt: the safety article comes before any fault of the hob the smell is near. */
const GAS_SMELL = /煤气味|燃气味|天然气味|液化气味|漏气|(?:smell|smells|smelling) (?:of )?gas\b|\bgas (?:smell|odou?r|leak)/;
const COMPLAINT = /投诉|领导|经理|主管|负责人|态度差|态度恶劣|态度不好|\bcomplain|\bmanager\b|\bsupervisor\b|\bescalat|\brude\b/;
const REPEAT = /又坏|又不好使|又不行|又不(?:制冷|转|热|亮|排水)|修了又|修好(?:了|的)?又|(?:上回|上次|之前).{0,12}(?:一样|同样)|一模一样的毛病|same (?:problem|fault|issue) again|(?:fixed|repaired|replaced).{0,80}(?:again|same as before)|again after (?:the )?repair|exactly the same again|第[二三四五]次|(?:second|third|fourth|\d+(?:nd|rd|th)) time/;
/** A fault back "again" is a repeat repair only when there was a repair: "又坏了" alone says which fault no more than "坏了". */
const REPAIRED = /修|师傅|来人|上门|换了|\brepair|\bfix|\btechnician|\bengineer|\breplaced\b|\bvisit/;

/** Measured on dev: 1.5 ranks the error-code article over the fault the code came with, 2 starts taking fault articles' place. */
const ERROR_CODE_WEIGHT = 1.5;

const INTENTS: readonly PolicyIntent[] = [
  { name: 'gas-smell', when: [GAS_SMELL], terms: ['燃气味', '漏气', 'gas'] },
  { name: 'complaint', when: [COMPLAINT], terms: ['投诉', '升级', 'complaint', 'escalate'] },
  { name: 'repeat-fault', when: [REPEAT, REPAIRED], terms: ['修了又坏', 'again'] },
  { name: 'error-code', when: [CODE], terms: ['故障代码', 'error', 'code'], weight: ERROR_CODE_WEIGHT },
  { name: 'cost-out-of-warranty', when: [COST, EXPIRED], terms: ['过保', '收费', 'out-of-warranty', 'fees'] },
  { name: 'cost-out-of-warranty', when: [EXPIRED], terms: ['过保', 'out-of-warranty'] },
  { name: 'extended-warranty', when: [EXTEND], terms: ['延保', 'extended'] },
  { name: 'warranty-terms', when: [WARRANTY, TERMS], unless: [EXPIRED, EXTEND, COST], terms: ['保修期', '保修范围', 'covered'] },
  { name: 'return', when: [RETURN], terms: ['退货', 'return'] },
  { name: 'delivery-damage', when: [DELIVERED, DAMAGED], terms: ['运输', '损坏', 'delivery', 'damaged'] },
  { name: 'ticket-status', when: [STATUS], unless: [ORDER], terms: ['工单', '进度', 'status', 'ticket'] },
];

/** The intents a message carries, each once (the first matching entry of a name wins). */
export function policyIntents(text: string): PolicyIntent[] {
  const normalized = normalizeText(text);
  const seen = new Set<string>();
  return INTENTS.filter((intent) => {
    if (seen.has(intent.name) || !intent.when.every((p) => p.test(normalized))) return false;
    if (intent.unless?.some((p) => p.test(normalized))) return false;
    seen.add(intent.name);
    return true;
  });
}

/** Query terms for the intents found, in groups after the typed words' (a new concept each). */
export function policyTerms(text: string, tokenizer: Tokenizer, typed: readonly QueryTerm[]): QueryTerm[] {
  let group = typed.reduce((max, t) => Math.max(max, t.group), -1) + 1;
  const known = new Set(typed.map((t) => t.term));
  const out: QueryTerm[] = [];
  for (const intent of policyIntents(text)) {
    for (const term of intent.terms.flatMap((t) => tokenizer.tokenize(t))) {
      if (!known.has(term)) out.push({ term, weight: intent.weight ?? 1, group });
      known.add(term);
    }
    group++;
  }
  return out;
}
