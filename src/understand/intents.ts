import type { QuestionTopic, Reading } from './reading.js';

/**
 * Things a customer may say at any prompt instead of answering it. Every pattern is a flat
 * alternation over the normalised text (≤ MAX_INPUT chars): no nested quantifiers, linear time.
 */
const AGENT = /(?<![包含收算加免计])人工(?!费|成本|钱)|\b(?:get|give|find) me (?:someone|somebody|a person) who (?:understands|knows)\b|我要投诉|投诉你们|真人|活人|(找|叫|要|给我找?)个?(你们的?)?(负责人|主管|领导|经理)|找个人|(找|喊|叫)个?人(来)?(跟|和|同)?我(讲|说|谈)?|(你们|客服)(直接)?(打|来)(个)?电话给我|人呢|有人吗|有没有人|转接|接线员|跟人说|找你们(的)?人|(找|转|要|接|叫|联系|换)个?(人工|客服)|客服(在吗|呢|人员)|^客服$|\b(agents?|human|real person|representative|operator|manager|supervisor|someone real|customer (care|service)|executive|(i want to|i'?d like to|i wish to) (complain|make a complaint|file a complaint)|(talk|speak) (to|with) (someone|somebody|a person|a real|a human|an? \w+ person|an? (technician|engineer|colleague|staff member))|(a )?colleague (from|at) .{0,30}\bcalls? me|not (the|this|a) (chat ?bot|bot|chat program|machine|robot)|(connect|put|transfer|pass) me (through )?(with|to) (a person|a human|someone|somebody|an? agent|a real|staff|your staff))\b/i;
const NOT_AGENT = /客服电话是|客服(妹妹|小姐姐|态度)/;
const OPTOUT = /(别|不要|不用|勿|不好)(再|老|总|一直)?(给我)?(联系|打扰|发|打电话|推送|骚扰|找我|msg|send|message|text|call|whatsapp)|不要再发|退订|(以后(也)?(别|不要|不好)再?|(别|不要|不好|不用)再)(给(我|俺)|同我|跟我)?(推销|推荐|推(这|那)些|发(广告|优惠|促销))|\b(no more (offers|promotions|promos?( messages)?|ads|adverts|advertising|marketing)|(don'?t|do not|please don'?t) send (me )?(any more|more|any) (of these |such |)(offers|promotions|promos|ads|adverts|advertising|messages like this)|(don'?t|do not) send me (offers|promotions|promos|ads|advertising)|stop (messaging|texting|contacting|sending)|unsubscribe|(?:do not|never) (?:contact|message) me again|don'?t (contact|message|text|call) me|leave me alone|remove my (number|details))\b/i;
/** At a yes/no prompt "不用了" declines the offer; only these still mean "stop the booking". */
export const STRONG_CANCEL = /不修了|不整了|不弄了|不搞了|不约了|别约了|先别约|不预约|不报修|买(个|台)?新的|换(个|台)?新的|\b(never ?mind|forget (it|the whole thing)|cancel|hold off|don'?t bother|deal with it later)\b/i;
const CANCEL = /^(那?就?算了|算了算了|不修了|不用修了|不要了|不弄了|不搞了|不报修了|不预约了|不约了|先不修|先不了|那不修了|取消吧?|取消预约|不用了|不需要了|那就不用了|没事了|退出)[吧啦了啊呀。！!.\s]*$|算[了啦](?![吧啊呀]?[，,。\s]*(还是|要不|我还是|就(这个|这样|这么|那个|它|用|写|打|填|按)|(用|写|填|打)(我|这|那|他|她)))|不修了|不整了|不弄了|不搞了|先别约|别约了|自己(弄|整|修|搞)好了|不想修了|不报修了|不要修了|取消(预约|报修|登记|吧)|\b(never ?mind|forget it|cancel( it| that| the (booking|repair|visit))?|don'?t bother|i'?ll pass on (the )?repair|not worth it|stop the booking|forget the whole thing|(fixed|sorted) it myself|no need anymore|hold off|deal with it later)\b/i;

const QUESTION_MARK = /[?？]|吗|呢[\s。!！~]*$|^(请问|问一下|想问)|(是吧|对吧|是不是|行不行|好不好)[\s。!！~]*$/;
const TOPICS: ReadonlyArray<[QuestionTopic, RegExp]> = [
  ['warranty', /保修|保固|保内|过保|在保|质保|保三年|保几年|保多久|延保|\b(warrant|warrent|waranty|guarantee|covered|coverage)/i],
  ['price', /便宜|钱|付款|付费|怎么付|网上付|现场付|打折|优惠|\b(ballpark|rmb|yuan|per unit|discount)\b|多少钱|收费|收钱|费用|价格|价钱|要钱|花钱|多钱|贵不贵|贵吗|免费吗|要付|检测费|上门费|报价|\b(how much|costs?|prices?|fees?|charges?|pay|expensive|free of charge)\b/i],
  // "要名字做么子" (Hunan), "要我电话做乜嘢" (Cantonese), "型号要来干嘛", "为啥还要型号": what the bot wants it for.
  ['why_needed', /要.{0,6}(?:做么子|搞么子|搞么事|做么事|做乜嘢?|做咩|干嘛|干啥|做什么|干什么)|为(?:什么|啥|嘛)(?:还|一定|非得|非要|必须)要?|做啥用场|啥用场|有啥用|有嘛用|(?:一定|非)(?:要|得)(?:(?:填|给|留|写|说|提供).{0,4})?吗|(?:留|给|填|写)个?(?:号码|电话|手机|地址|名字|型号).{0,3}(?:做么子|搞么子|做么事|搞么事|干嘛|干啥|做什么|干什么|做乜|做咩)|泄露|隐私|(用于|用来|拿去)推销|广告电话|推销电话|(卖|给)(给|拨)?(别人|人家)|为什么要|为啥要|问这个?(干|做)|问这(干|做)|为什么需要|干嘛要|干啥|干什么用|有什么用|做什么用|必须(要)?(填|给|留|写)?.{0,4}吗|非要|问这么多|又要|(都|已经)(留|给|说)过|上次(都)?(留|给|说|登记)过|\b(why (do|would|d) (you|u|ya) need|why does it matter|does it matter|why (is|are) .{0,30}(required|needed|necessary)|why\b.{0,30}\b(need|needed|required|necessary|relevant|matters?)\b|what for|what do you need (it|that) for|do i have to|is it necessary|already (gave|told|provided))\b/i],
  ['wait_time', /多久|(什么|啥|么子|乜嘢?|咩)时候(能|会|可以|好)?(来|到|上门|修)|(啥辰光|几时)(能|会|可以|好)?(来|到|上门)|(今天|明天|马上|现在|一早|今晚|下午|上午)(一早)?(就)?(能|可以|会)(来|到|上门)(吗|不|么)?|几天|几点(能|会)?(来|到)|要等|等多久|多快|最快|早点的|早一点的|\b(how long|how soon|when (will|can|would)|what time will|waiting time|earlier (slot|time))\b/i],
];
const WHERE = /在哪|哪儿|哪里|往左还是往右|怎么(拧|弄|拆|打开)|什么区别|啥区别|\bwhere (is|are|do|can)\b|\bhow do i\b/i;
const QUESTION_WORD = /什么|么子|乜嘢|怎么|为什么|为啥|哪里|哪个|多少|多久|多长时间|干嘛|干啥|几(天|点|号|个|次|分钟|小时)|能不能|可不可以|是不是|有没有|咋|啥|给谁|是谁|\b(what|how|why|where|which|can i|can you|could you|do you|is it|are you|will you|is there|are there)\b/i;

/** A reply that asks without a question mark ("啥叫镁棒 不换会咋样", "what's a descale"). */
export function asksSomething(lower: string): boolean {
  return QUESTION_WORD.test(lower);
}

/** "对了，冰箱也不制冷" is "by the way", not "correct": an aside brings something new, it does not answer. */
const ASIDE = /^(对了|另外|还有|顺便(问一下|说一下)?)[，,、:：\s]|^(by the way|btw|also|oh and)\b/i;

export function opensAside(text: string): boolean {
  return ASIDE.test(text.trim());
}

/** Which part or which way, asked about a step: "哪个是过滤器", "往哪边拧", "which button?". */
const WHICH_PART = /哪(个|边|一个|根|颗|头|面)|往哪|\bwhich (one|way|button|side|part|screw|knob|light)\b|\bwhere\b/i;

/** "在哪" / "where is it" / "按哪个键": asking how to do the step, not answering it. */
export function asksWhereOrHow(lower: string): boolean {
  return WHERE.test(lower) || WHICH_PART.test(lower);
}

/** Disputing a charge ("咋还要钱 这才买了两年", "点解又要收钱", "out of warranty??") asks about the warranty. */
const DISPUTES_WARRANTY = /(还|又|怎么|咋|为什么|为啥)(还)?要(收)?钱|又要收|\bout of warrant|才买(了)?(一|两|二|1|2|半)|(又|再)坏.{0,12}(钱|收费|付)|包不包|管不管|\bcovers? (it|this|that)\b|\bstill (be )?covered\b/i;
/** The question word decides the topic over the nouns around it: "延保多少钱" asks a price. */
const ASKS_PRICE = /多少钱|多钱|几钱|(能|可以|可不可以)(不能)?(免|减)(了|掉)?|免(了|掉)(吗|不)|\bwaive|贵不贵|贵吗|便宜|打折吗|收费吗|要钱吗|免费吗|加起来|总共|一共|\b(how much|included|extra|cheaper|discount|on top of|in total)\b/i;
/** What a stated price buys: "99是一台还是两台", "128是一次的钱还是一年的", "is it 99 per year or total?". */
const PRICE_UNIT = /(\d+|[一二三四五六七八九十百]+)\s*(块|元|蚊)?\s*(是|算)\s*(一|每)(台|次|年|个|趟)|(是|算)(一|每)(台|次|年|个)的?(钱)?还是|\b(per (year|unit|visit|month)|a year|total)\b.{0,20}\bor\b|\bor (total|in total|per (year|unit))\b|\b(for )?(the )?(whole|each|every|per) (year|visit|unit|time|machine)\b.{0,20}\bor\b.{0,12}\b(whole|each|every|per|total)\b/i;
/** How long the offered service itself takes is not the wait for a visit. */
const SERVICE_DURATION = /(洗|清洗|弄|做|(?<!保)修|换|检测)(完|好)?(要|得|之后|以后)?(多长时间|多久)|\bhow long (does|will) (the|it|this) (?!(technician|engineer|tech|repairman|guy|man|person|someone) )(\w+ )?(take|last)\b(?! to (come|arrive|get))/i;

/** What the warranty covers ("延保期间换压缩机要钱吗", "does it cover accidental damage?") asks the warranty, not a price. */
const WARRANTY_COVERS = /(延保|保修|保内|质保|保固).{0,12}(要钱|收费|免费|管|包)|\b(warranty|guarantee)\b.{0,30}\b(cover|free|include)|\b(does|do|will|would) (it|that|this|the \w+) cover\b|\bis (it|that|this) covered\b/i;
/** How to pay, or getting money back, is not what it costs: "可以现场付吗", "pay by card?", "钱还退不退". */
const PAYING_HOW = /(现场|网上|微信|支付宝|刷卡|现金|转账|线上|当面)(付|支付|给|交)|怎么(付|给钱|支付|交钱)|付款方式|退(钱|款|费|检测费)|退不退|\b(pay (by|with|via|cash|online|on site|in cash|by card)|refund\w*)\b/i;

/**
 * Asking what a field is wanted for outweighs the nouns around it: "这跟保修有啥关系", "问这个干嘛",
 * "点解要知几时买？保修卡我冇留", "Why do you need this? It's still under warranty".
 */
const WHY_FIRST = /(跟|和|同|与).{0,8}(有啥|有什么|有嘛|有乜|有何)关系|问这个?(干嘛|干啥|做什么|做啥|弄啥|搞啥)|问这弄啥|(点解|为什么|为啥|为嘛)要(知|问|填|写|留|俾|畀|给)|\b(why (do|would|d) (you|u|ya) need|why\b.{0,30}\b(relevant|matters?))\b/i;

/** "199包不包人工", "九十九蚊包唔包埋上門費": whether a price includes a fee asks the price; "…包唔包埋室外机" asks what the offer covers. */
const PRICE_INCLUDES = /(\d+|[一二三四五六七八九十百]+)\s*(块|元|蚊)?\s*(包不包|包没包|包括不包括|含不含)(埋)?(.{0,6})/;
export const FEE_DISPUTE = /(搞么事|做么子|干嘛|干啥|凭什么|为什么|为啥|咋|怎么)(还|也)?要(收|交|付|给)(检测费|上门费|上門費|服务费|费用|手续费)|别(个|人|的)?家都(是)?免费|人家都(是)?免费/;
const FEE = /人工|工钱|手工费|上门费|上門費|路费|运费|材料|安装费|服务费/;

export function detectTopic(written: string): QuestionTopic | undefined {
  if (WHY_FIRST.test(written)) return 'why_needed';
  // "128 是 一次 的 钱 还是 一年 的": words typed apart are read together.
  const text = written.replace(/(?<=[\p{Script=Han}\d])\s+(?=[\p{Script=Han}\d])/gu, '');
  // "搞么事要收检测费 别个家都是免费的": why a fee is charged at all asks the price, not the warranty.
  if (FEE_DISPUTE.test(text)) return 'price';
  // "是否可开立发票", "can I get a receipt": paperwork for the fee, not its amount.
  if (/(开|开立|开具|要|给|能开|可开)(个|张)?(发票|收据)|(发票|收据)(吗|呢)|\b(can (i|we) (get|have) (an? )?(invoice|receipt)|(issue|provide|send) (me )?(an? )?(invoice|receipt))\b/i.test(text)) return 'other';
  const includes = text.match(PRICE_INCLUDES);
  if (includes) return FEE.test(includes[5]) ? 'price' : 'other';
  if (PRICE_UNIT.test(text) || /\bon top o[f']?(?=\s|$)/i.test(text)) return 'price';
  if (DISPUTES_WARRANTY.test(text) || WARRANTY_COVERS.test(text)) return 'warranty';
  if (PAYING_HOW.test(text) && !/多少|多钱|how much/i.test(text)) return 'other';
  if (ASKS_PRICE.test(text)) return 'price';
  if (SERVICE_DURATION.test(text)) return 'other';
  return TOPICS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A question back: a question form and (usually) a topic. `strict` demands a topic (yes/no prompts). */
export function detectQuestion(lower: string, strict = false): Reading | undefined {
  if (!/[\p{L}\p{N}]/u.test(lower)) return undefined;
  const asks = QUESTION_MARK.test(lower) || QUESTION_WORD.test(lower);
  const topic = detectTopic(lower);
  if (topic && (asks || topic !== 'wait_time')) return { kind: 'question', topic };
  // At a field prompt anything asked back is a question; at a yes/no prompt it needs a question word.
  if (QUESTION_MARK.test(lower) && (!strict || QUESTION_WORD.test(lower))) return { kind: 'question', topic: 'other' };
  if (WHERE.test(lower)) return { kind: 'question', topic: 'other' };
  return undefined;
}

/** "don't call me before 9", "中午别打电话": when not to call is a preference for the engineer, not an opt-out. */
const CALL_HOURS = /\b(?:don'?t|do not|please don'?t) call(?: me)? (?:before|after|until|till|at|during|between|in the (?:morning|afternoon|evening)|on (?:mon|tue|wed|thu|fri|sat|sun)\w*|at work)\b|(?:\d{1,2}\s*点|早上|上午|中午|下午|晚上|白天|上班时间|午休)(?:以前|之前|前|以后|之后|后)?(?:的时候)?[^，,。]{0,3}(?:别|不要|勿)打电话/i;

/** agent / optout / cancel, strongest first; undefined when the reply may be an answer. */
export function detectIntent(lower: string): Reading | undefined {
  if (OPTOUT.test(lower) && !CALL_HOURS.test(lower)) return { kind: 'optout' };
  if (AGENT.test(lower) && !NOT_AGENT.test(lower)) return { kind: 'agent' };
  if (CANCEL.test(lower) && !CONDITIONAL_STOP.test(lower)) return { kind: 'cancel' };
  return undefined;
}

/** "太贵我就不修了", "要是超过500就不修了", "if it's over 500 forget it": a condition, not a stop (yet). */
export const CONDITIONAL_STOP = /(太贵|贵的话|太多|超过.{0,8}|如果.{0,20}|要是.{0,20}|的话)(我|俺)?就?(不修了|算了|不弄了|不搞了|不整了)|\bif\b.{0,40}\b(forget it|never ?mind|don'?t bother|i'?ll pass)\b/i;

/**
 * Checking a price without a question mark: a counter-offer ("一百块搞不搞", "80 rmb can or not") or what is
 * charged without the repair ("不修也要收哦", "even if I don't go ahead?"). A 不 in it is no refusal.
 */
export const PRICE_CHECK = /(\d+|[一二两三四五六七八九十百]+)\s*(块|元|蚊|rmb)?\s*(行不行|搞不搞|得唔得|可以吗|可不可以|中不中|行吗|干不干|can or not)|(不修|没修|不维修|唔整)(也|都|还)要?(收|给|付|俾)|\beven if (i|we) (don'?t|do not) (repair|fix|go ahead)/i;

/** "你话几多钱就几多钱啦 先修好佢", "多少钱都修", "whatever it costs": the price does not matter (at the quote, a yes). */
export const ANY_PRICE = /(多少|几多)钱?就(多少|几多)|(多少|几多)钱?都(行|可以|修|得|接受|认)|\b(whatever it costs|no matter (what it costs|the (cost|price)))\b/i;

/** "报价是什么意思", "what does that mean?", "what do you mean by 'quote'?": the customer asks what something means. */
export const ASKS_MEANING = /(是|系)?(什么|啥|乜嘢?|咩|嘛)意思|\b(what (do|did) you mean|(?:what|whit|wot) does [^\s?？]{1,20} mean|mean by)\b/i;
/** "睇唔明", "我不懂", "I don't understand": what was said was not understood (at an offer: asked again, explained). */
export const NOT_UNDERSTOOD = /睇唔明|看不懂|没看懂|听不懂|不(懂|明白|理解)|\b(i don'?t understand|not sure what i'?m agreeing)\b/i;
