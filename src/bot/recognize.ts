import { detectIntent, opensAside } from '../understand/intents.js';
import { normalize } from '../understand/normalize.js';
import { readStepResult } from '../understand/step-result.js';
import { readYesNoClauses } from '../understand/yes-no.js';

/**
 * Small, explicit recognisers for the few things the script must understand whatever the topic:
 * interruptions, yes/no, and a customer's mood. Lists, not a model: they must be predictable and
 * the product must be complete without a language model.
 */
export type Interruption = 'agent' | 'cancel' | 'restart' | 'ticket-status' | 'ticket-cancel' | 'ticket-reschedule';

const TICKET_NUMBER = String.raw`RT-\d{8}-\d{4,6}`;
const TICKET_WORD = String.raw`工单|维修|报修|预约|上门|师傅|工程师|\b(ticket|repair|visit|appointment|booking|technician|engineer)\b`;
const DAY_WORD = String.raw`今天|明天|后天|周[一二三四五六日天]|星期|礼拜|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}号|上午|下午|晚上|\b(today|tomorrow|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(morning|afternoon|evening)\b`;
const CANCEL_TICKET = new RegExp(String.raw`取消.{0,6}(${TICKET_WORD})|(${TICKET_WORD}).{0,6}(取消|不用来了|不用上门了)|撤销.{0,4}(工单|报修)|不用(来|上门)了|${TICKET_NUMBER}\s*(取消|cancel)|\bcancel\b.{0,30}(${TICKET_WORD}|${TICKET_NUMBER})`, 'i');
const RESCHEDULE_VERB = String.raw`改(到|期|约|时间|个时间|一下时间)|换(个|一个)?(时间|日子)|推迟|延期|往后(推|挪)|提前到|重新(预约|约)|\breschedul|\b(move|change|push)\b.{0,20}\b(visit|appointment|booking|repair)\b|\b(another|different) (time|day)\b`;
// A time-moving verb alone is not enough: "温度改到26度" is troubleshooting, not a visit.
const RESCHEDULE_TICKET = new RegExp(String.raw`^(?=[\s\S]*(${RESCHEDULE_VERB}))(?=[\s\S]*(${TICKET_WORD}|${DAY_WORD}|${TICKET_NUMBER}))`, 'i');

/** A person and "stop" are read by the understanding layer (src/understand/intents.ts), the rest here. */
const layerIntent = (kind: 'agent' | 'cancel') => ({ test: (text: string) => !isGreetingOnly(text) && detectIntent(normalize(text).lower)?.kind === kind });

const INTERRUPTIONS: ReadonlyArray<[Interruption, { test(text: string): boolean }]> = [
  ['agent', layerIntent('agent')],
  ['ticket-cancel', CANCEL_TICKET],
  ['ticket-reschedule', RESCHEDULE_TICKET],
  ['restart', /重新开始|从头开始|重来|\b(start over|restart|start again)\b/i],
  ['cancel', { test: (text) => layerIntent('cancel').test(text) || /^(结束|quit|stop)[.!。\s]*$/i.test(text) }],
  ['ticket-status', { test: asksTicketStatus }],
];

/**
 * "工单到哪了", "查一下我的工单", "RT-20261120-0042", "any update on my repair?". Read as word positions rather
 * than one pattern: `工单.*(进度|…)` backtracks polynomially on a long message (recheck, regex-safety test).
 */
function asksTicketStatus(text: string): boolean {
  if (/维修进度|报修进度|RT-\d{8}-\d{4,6}|\bwhere is my (repair|ticket|technician)\b/i.test(text)) return true;
  const at = text.indexOf('工单');
  if (at >= 0 && (/到哪|进度|状态|怎么样|处理到|多久/.test(text.slice(at + 2)) || /到哪|进度|状态|查/.test(text.slice(0, at)))) return true;
  const about = text.search(/\b(ticket|repair|case)\b/i);
  return about >= 0 && /\b(status|progress|update)\b/i.test(text.slice(about));
}

export function detectInterruption(text: string): Interruption | undefined {
  const trimmed = text.trim().slice(0, 500);
  return INTERRUPTIONS.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

export function findTicketNumber(text: string): string | undefined {
  return text.toUpperCase().match(/RT-\d{8}-\d{4,6}/)?.[0];
}


/** yes / no / undefined for anything else (a question, a new problem), read by the understanding layer. */
export function detectYesNo(text: string): 'yes' | 'no' | undefined {
  const t = text.trim();
  if (opensAside(t)) return undefined;
  const { text: clean, lower } = normalize(t);
  const step = readStepResult(lower);
  if (step?.kind === 'fixed') return 'yes';
  if (step?.kind === 'not_fixed') return 'no';
  return readYesNoClauses(clean.toLowerCase());
}

const ANGRY = /投诉|太差|垃圾|气死|什么破|破[机东西玩意]|坑人|骗子|退钱|差评|忍无可忍|受够|到底怎么回事|搞什么|生气|愤怒|无语|\b(terrible|useless|ridiculous|awful|worst|scam|furious|angry|unacceptable|rubbish|garbage|complain|complaint)\b|[!！]{2,}/i;
const REPEAT = /又坏了|又出问题|又不行|又是|第[二三四两]次|修了又坏|修过.{0,20}又|上次修|刚修好|反复|总是坏|again|second time|third time|keeps? (breaking|happening)|already (repaired|fixed)/i;

/** An angry customer gets a sincere apology before anything else (seed digest: never argue). */
export function soundsAngry(text: string): boolean {
  return ANGRY.test(text) || (/[A-Z]{5,}/.test(text) && text === text.toUpperCase() && /[A-Z]/.test(text));
}

/** A repeat-repair customer gets an immediate apology and priority (seed digest, "Ask"). */
export function soundsLikeRepeat(text: string): boolean {
  return REPEAT.test(text);
}

const GREETING_ONLY = /^(你好|您好|hi|hello|hey|哈喽|嗨|在吗|在不在|有人吗|喂|早上好|下午好|晚上好|good (morning|afternoon|evening))[呀啊吗么,，.!！?？\s]*$/i;

export function isGreetingOnly(text: string): boolean {
  return GREETING_ONLY.test(text.trim());
}

const TICKET_REQUEST = /报修|上门|派人|师傅来|维修人员|修理工|工单|\b(technician|engineer|repair visit|book a repair|send someone|open a ticket)\b/i;

export function asksForTechnician(text: string): boolean {
  return TICKET_REQUEST.test(text);
}
