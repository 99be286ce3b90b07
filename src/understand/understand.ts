import { asWritten } from './as-written.js';
import { readChoice } from './choice.js';
import { correctionAt } from './correction.js';
import { ANY_PRICE, ASKS_MEANING, CONDITIONAL_STOP, FEE_DISPUTE, NOT_UNDERSTOOD, PRICE_CHECK, STRONG_CANCEL, asksSomething, asksWhereOrHow, detectIntent, detectQuestion, detectTopic } from './intents.js';
import { foldPinyin, normalize } from './normalize.js';
import { readRating } from './rating.js';
import { refusesField } from './refusal.js';
import { dropCallRefusal } from './contact-preference.js';
import { foldScots } from './casual-english.js';
import { readField } from './read-field.js';
import type { Field, PromptType, Reading, UnderstandContext } from './reading.js';
import { readStepResult } from './step-result.js';
import { readSummary } from './summary.js';
import { disputedPurchaseDate } from './warranty-dispute.js';
import { yesAsking } from './yes-asking.js';
import { isUndecided, readYesNo, readYesNoClauses, readYesNoReply, saysDontKnow } from './yes-no.js';

const FIELD_OF: Partial<Record<PromptType, Field>> = {
  purchase_date: 'purchase_date', visit_time: 'visit_time', phone: 'phone', name: 'name', address: 'address', model: 'model',
};

/**
 * What one reply means at one prompt. The single entry point every dialog asks (architecture:
 * "understanding in one place"). Order matters and is the same everywhere: leaving (opt-out, a
 * person, stop), then a correction of another field, then the answer the prompt asked for, then a
 * question back; a reply that is none of these is `unknown` and the dialog repairs the prompt.
 */
export function understand(raw: string, context: UnderstandContext): Reading {
  const reading = read(dropCallRefusal(FIELD_OF[context.prompt] ? raw : fromTakeBack(raw)), context);
  // "what is it for" asks why a field is wanted only where one is asked; at an offer ("那个镁棒有啥用")
  // or the rating ("why do you need a rating?") it asks about the thing itself.
  const asked = reading.kind === 'question' && reading.topic === 'why_needed' && !FIELD_OF[context.prompt] ? { kind: 'question' as const, topic: 'other' as const } : reading;
  return asWritten(raw, asked);
}

const ANY_DAY = /(?:哪天|哪一天|几时|什么时候|啥时候|随便哪天|天天)都(?:中|行|可以|得|ok|方便|在家)|随时都?(?:可以|行|得)|\b(?:any ?time|any day|whenever)\b/i;
const VISIT_PUT_OFF = /再说吧?|再讲|再定|再约|等.{1,12}(?:回来|下班|有空|定了|确定)(?:了)?(?:再|后|以后|之后)|\b(?:later|another time|not (?:sure|yet) when|let you know)\b/i;
const PROPOSES = /(?:可以|行|好|方便|得|中|\bok|\bokay)(?:吗|不|嘛|么|唔)?[?？\s]*$|\b(?:how about|what about|would .{1,30} (?:work|do|suit)|is .{1,30} (?:ok|okay|fine|possible))\b/i;

/** "可以…等等 检测完不修的话这50是不是就不退了？": a yes held back to ask first is the question. */
function heldBackQuestion(lower: string): Reading | undefined {
  const rest = lower.match(/^(?:可以|好的?|行|嗯|ok|okay|yes)[\s…．.，,]*(?:等等|等一下|等下|wait)[\s…．.，,!！]*(.+)$/i)?.[1];
  if (!rest) return undefined;
  return detectQuestion(rest, true) ?? (/[?？]|吗/.test(rest) ? { kind: 'question', topic: 'other' } : undefined);
}

/** Asking for a lower price: "能便宜点不", "有没有便宜一点的", "any discount?". */
const BARGAIN = /便宜(一)?点|有没有便宜|打个?折|(外面|外头|人家|别家|别人|网上|楼下).{0,16}才\s*(\d+|[一二三四五六七八九十百]+)|\b(any discount|give (me |us )?a discount|knock .{0,12} off)\b/i;
/** A question word inside a condition ("depends what it costs", "看师傅怎么说") asks nothing. */
const CONDITION = /\bdepends? (on )?(what|how|when)\b.*$|看(师傅|你们|他|她)?怎么说/i;

function asksOutright(lower: string): boolean {
  const rest = lower.replace(CONDITION, ' ');
  return /[?？]|吗/.test(rest) || asksSomething(rest);
}

const REQUIRED_ASKED = /(是)?必须(的|要)?(吗|还是|不)|一定要(做|买|办|弄)吗|可以不(做|买|要|办|弄)(吗|的)?[?？]?$|\b(is (it|this|that) (mandatory|required|compulsory|obligatory)|do i have to (buy|get|take) (it|this|that))\b/i;

const CONDITIONAL_YES = /(?:如果|要是|假如)[^，,。]{2,30}(?:的话)?[，,\s]*(?:我|俺)?就?(?:需要|要|做|办|买)|\b(?:only )?if (?:it|you|the|they|that) .{2,40}\b(?:then )?(?:i'?ll|i will|yes|ok)\b/i;

const FIRM_NO = /不要了|不用了|先不用|不需要了?|算了|没兴趣|不感兴趣|不考虑|\b(no thanks?|no thank you|not interested|definitely not)\b/i;

/** A second message that takes the first back ("开了！！\n啊又黑了", "2\n啊不是 1", "确认\n哦等下 不对"). */
const TAKES_BACK = /^\s*(啊|哦|噢|喔|诶|欸|哎|呃|不对|不是|等下|等等|等一下|wait|oh|hang on|actually|sorry|no wait)/i;

/** Half-sent replies: from the last line that takes the earlier ones back, or the whole reply. */
function fromTakeBack(raw: string): string {
  if (!raw.includes('\n')) return raw;
  const lines = raw.split(/\n+/).filter((line) => line.trim());
  for (let i = lines.length - 1; i > 0; i -= 1) if (TAKES_BACK.test(lines[i])) return lines.slice(i).join(' ');
  return raw;
}

/** The prompt whose answer is the customer's own words, never folded. */
const OWN_WORDS: ReadonlySet<PromptType> = new Set(['name']);

function read(written: string, context: UnderstandContext): Reading {
  const raw = OWN_WORDS.has(context.prompt) ? written : foldScots(written);
  const { text, lower: normal } = normalize(raw);
  if (!text) return { kind: 'unknown' };
  const field = FIELD_OF[context.prompt];
  // "keyi", "bu yong le", "wu fen": pinyin read as Han at the prompts that ask for words, not for a name.
  const lower = field ? normal : foldPinyin(normal);
  const intent = detectIntent(lower);
  // "算了你打这个吧 17705310088": a value given at its own prompt outweighs the words around it.
  if (intent && field && field !== 'name' && field !== 'address' && intent.kind !== 'agent') {
    const reading = readField(field, text, lower, context);
    if (reading?.kind === 'value') return reading;
    if (reading?.kind === 'dont_know' && intent.kind === 'cancel' && !STRONG_CANCEL.test(lower)) return reading;
  }
  if (intent && !(intent.kind === 'cancel' && (declinesOffer(context.prompt, lower) || wantsRepairInstead(context.prompt, lower)))) return intent;
  if (context.prompt === 'summary_confirm') return readSummary(text, lower, context) ?? { kind: 'unknown' };
  // At any prompt, but a time at a choice of times is the choice (README: "a correction of another field"); at a prompt that
  // asks no field, a correction asked as a question or without its new value ("刚才时间我选错了") only
  // when the prompt's own answer is not there.
  const choosing = context.prompt === 'slot_choice' || context.prompt === 'article_choice';
  const corrected = correctionAt(text, lower, context, field);
  const correction = choosing && corrected?.kind === 'correction' && corrected.field === 'visit_time' ? undefined : corrected;
  if (correction && (field || (correction.kind === 'correction' && correction.value && !/[?？]/.test(text)))) return correction;
  return (field ? answerField(field, text, lower, context) : answerPrompt(text, lower, context)) ?? correction ?? { kind: 'unknown' };
}

/**
 * Only a correction of an earlier field ("phone is wrong, it is 138…"), wherever it is said (a
 * quote or a slot question in the intake), or undefined.
 */
export function understandCorrection(raw: string, context: UnderstandContext): Reading | undefined {
  const { text, lower } = normalize(raw);
  const correction = text ? correctionAt(text, lower, { ...context, prompt: 'model' }, undefined) : undefined;
  return correction && asWritten(raw, correction);
}

/**
 * At an offer "算了，不用了" declines it; only a clear "不修了" stops the whole booking. The extra
 * offer comes once the repair is settled, so there even "不弄了" declines the offer.
 */
function declinesOffer(prompt: PromptType, lower: string): boolean {
  if (prompt === 'upsell') return true;
  const offer = prompt === 'quote_accept' || prompt === 'rating' || prompt === 'slot_choice';
  return offer && !STRONG_CANCEL.test(lower);
}

/**
 * "算了 你们直接派人来修吧" during a fix gives up on the steps, not on the repair; "没事了" /
 * "never mind, it works now" says the step worked.
 */
function wantsRepairInstead(prompt: PromptType, lower: string): boolean {
  // "forget it, I'll take it to a repair shop, cancel this": the word cancel is the customer's last say.
  if (/\bcancel\b|取消/.test(lower)) return false;
  const step = prompt === 'step_result' ? readStepResult(lower)?.kind : undefined;
  return step === 'book_repair' || step === 'fixed';
}

function answerField(field: Field, text: string, lower: string, context: UnderstandContext): Reading | undefined {
  const reading = readField(field, text, lower, context);
  if (reading?.kind === 'value') return reading;
  if (reading?.kind === 'dont_know') return detectQuestion(lower, true) ?? reading;
  const question = detectQuestion(lower);
  // "好像是前年夏天…你们能查到吗？": the partial answer is what the dialog can follow up on.
  // "我在三亚 吉阳区那边 具体哪里我问下我老婆先": the part to find out is no question to the bot.
  const findingOut = reading?.kind === 'partial' && isUndecided(lower);
  // "周二或者周三，晚上可以吗？", "how about Friday morning?": a time proposed as a question is the answer.
  if (field === 'visit_time' && reading?.kind === 'partial' && PROPOSES.test(lower)) return reading;
  if (question && !findingOut && !(field === 'purchase_date' && reading?.kind === 'partial' && question.kind === 'question' && question.topic === 'other')) return question;
  // "不想留", "not giving my number to a bot": a refusal, where nothing of the value was given.
  if ((!reading || reading.kind === 'invalid') && refusesField(lower)) return { kind: 'invalid', field, reason: 'refused' };
  if (reading) return reading;
  if (saysDontKnow(lower)) return { kind: 'dont_know' };
  // "过完年再说吧", "等俺对象回来再说", "哪天都中 俺天天在家": no day yet, or any day; the dialog asks which.
  if (field === 'visit_time' && (isUndecided(lower) || ANY_DAY.test(lower) || VISIT_PUT_OFF.test(lower))) return { kind: 'partial', field, known: {} };
  return undefined;
}

function answerPrompt(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  switch (context.prompt) {
    case 'rating':
      return readRating(lower) ?? detectQuestion(lower);
    case 'step_result':
      if (asksWhereOrHow(lower)) return { kind: 'question', topic: 'other' };
      // "…it's blinking red. What does that mean?": what the machine shows is asked about, not reported.
      if (ASKS_MEANING.test(lower)) return { kind: 'question', topic: 'other' };
      // "if this doesn't work, how long will the technician take?": a question about what comes next.
      if (/^(if|如果|要是)\b|^(如果|要是)/.test(lower) && (/[?？]/.test(lower) || asksSomething(lower))) return detectQuestion(lower) ?? { kind: 'question', topic: 'other' };
      {
        // "派人上门多少钱", "before I try — would the warranty still cover it?": what it costs or whether it is covered is asked first.
        const asked = detectQuestion(lower, true);
        if (asked?.kind === 'question' && (asked.topic === 'price' || asked.topic === 'warranty') && (/[?？]/.test(lower) || asksSomething(lower))) return asked;
      }
      return readStepResult(lower) ?? detectQuestion(lower);
    case 'slot_choice':
    case 'article_choice':
      // "what does WAN mean": asking what an option's word means, with or without a question mark.
      return readChoice(lower, context.options ?? [], context.today, () => detectQuestion(lower, true) ?? (ASKS_MEANING.test(lower) ? { kind: 'question', topic: 'other' } : undefined));
    default: {
      // "过保了？不可能吧 我前年十月才买的": the month bought, said against the warranty, corrects the purchase date.
      const disputed = context.prompt === 'quote_accept' ? disputedPurchaseDate(text, lower, context) : undefined;
      if (disputed) return disputed;
      // "才买两年怎么就过保了？保修不是三年吗": disputing the warranty is a question, whatever else is said.
      const asked = detectQuestion(lower);
      // …unless the customer goes on to answer after the last question ("过保了啊？我才买了两年多… 好吧可以").
      const afterQuestion = readYesNoClauses(lower.split(/[?？]/).at(-1) ?? '');
      if (asked?.kind === 'question' && asked.topic === 'warranty' && /[?？]|吗/.test(lower) && context.prompt === 'quote_accept' && afterQuestion !== 'yes') return asked;
      if (context.prompt === 'upsell' && /推销|没兴趣|不感兴趣/.test(lower)) return { kind: 'no' };
      // "如果清洗能和这次上门安排在同一时间的话我就需要": an offer taken on a condition is not taken yet.
      // "如果便宜点就要": the condition is the price, so the price is asked.
      if (context.prompt === 'upsell' && CONDITIONAL_YES.test(lower)) return BARGAIN.test(lower) ? { kind: 'question', topic: 'price' } : { kind: 'partial', known: {} };
      // "这个是必须的还是可以不做", "is it mandatory?": whether the offer is required is a question about it, not a yes.
      if (REQUIRED_ASKED.test(lower)) return { kind: 'question', topic: 'other' };
      // "报价系乜嘢 睇唔明", "延保是什么意思 我不明白": asking what the offer means, before its nouns or a 不 look like an answer.
      if ((ASKS_MEANING.test(lower) || NOT_UNDERSTOOD.test(lower)) && !readYesNoClauses(lower.split(/[?？]/).at(-1) ?? '')) return { kind: 'question', topic: 'other' };
      // "128 是一次的钱还是一年的": a price asked as "this or that" is a question, though it starts with 是.
      if (PRICE_CHECK.test(lower) || FEE_DISPUTE.test(lower) || (/还是|\bor\b/.test(lower) && detectTopic(lower) === 'price')) return { kind: 'question', topic: 'price' };
      if (context.prompt === 'quote_accept' && ANY_PRICE.test(lower)) return { kind: 'yes' };
      // "先说下要多少钱，太贵我就不修了": a refusal on a condition is not one yet; the question is.
      if (CONDITIONAL_STOP.test(lower)) { const asked = detectQuestion(lower); if (asked) return asked; }
      // "要几多钱先？…": when every clause asks, the reply is a question, not the yes its first word looks like.
      // "嗯…", "umm...", "？？": a hesitation or a bare question mark; a careful agent asks again.
      if (/^(嗯+|呃+|额+|em+|um+|hm+|uh+|er+)\s*(\.{2,}|…+)$|^[?？]+$/.test(lower)) return { kind: 'partial', known: {} };
      const held = heldBackQuestion(lower);
      if (held) return held;
      // "50检测费？？不是吧 … 那要是修的话大概得多少钱啊": 不是吧 is surprise, not a no; the price asked is the reply.
      if (/不是吧|不会吧/.test(lower) && /多少钱|几多钱|\bhow much\b/.test(lower)) return { kind: 'question', topic: 'price' };
      const answer = readYesNoReply(text.toLowerCase(), lower);
      if (answer === 'yes') return yesAsking(text);
      // "129有点贵了吧 能便宜点不": haggling over the price asks it, however the price was called dear.
      if (BARGAIN.test(lower)) return { kind: 'question', topic: 'price' };
      // "再说吧，我问问租客要不要", "maybe later, I ask my roommate first": a put-off beside a reason to wait
      // is not decided yet; a firm refusal ("不要了，下次再说") stays a no.
      if (answer === 'no' && isUndecided(lower) && !FIRM_NO.test(lower)) return { kind: 'partial', known: {} };
      if (answer) return { kind: answer };
      // "考虑一下", "先问下我老公", "can I think about it?": not decided yet; the dialog asks again later
      // (an offer stays declined for now). A question with a topic still comes first.
      // "我问问我老婆先 她管钱", "depends what the repair costs": a topic word beside a reason to wait asks nothing.
      const question = detectQuestion(lower);
      if (question && !(question.kind === 'question' && (question.topic === 'other' || !asksOutright(lower)) && isUndecided(lower))) return question;
      if (isUndecided(lower)) return { kind: 'partial', known: {} };
      // Neither yes nor no, and a question word without a question mark: "啥叫镁棒 不换会咋样".
      if (asksSomething(lower)) return { kind: 'question', topic: 'other' };
      return undefined;
    }
  }
}
