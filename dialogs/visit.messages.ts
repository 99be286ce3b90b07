import type { Language } from '../src/language.js';
import type { Ticket } from '../src/tickets/ticket.js';
import type { VisitNotice } from '../src/tickets/visit-notice.js';
import { localTime } from '../src/time-zone.js';
import { PRODUCT_NAMES } from './product-names.js';
import { t, type Phrase } from './text.js';

/** What the customer reads after each move of the visit; every one names the next committed time or question. */
export const VISIT: Record<VisitNotice, Phrase> = {
  'on-the-way': {
    zh: '您好，工单 {id} 的工程师已经出发，预计 {onSite} 前到达。到达前会电话联系您，请保持电话畅通。',
    en: 'The engineer for ticket {id} is on the way and will be with you by {onSite}. They will call before arriving.',
  },
  arrived: {
    zh: '工程师已到达，开始检修工单 {id}。检修中如需收费，会先报价，您确认后才会维修。',
    en: 'The engineer has arrived and is starting on ticket {id}. If anything needs to be charged, you get a quote to approve first.',
  },
  'parts-needed': {
    zh: '工单 {id} 需要更换配件，我们承诺在 {partsDue} 前备齐配件并再次上门，期间有进展会随时告诉您。',
    en: 'Ticket {id} needs a replacement part. We commit to having it and coming back by {partsDue}, and will keep you posted.',
  },
  quote: {
    zh: '工单 {id} 的报价：¥{amount}，原因：{reason}。确认后工程师才会维修，不同意不会产生任何费用。请问您同意这个报价吗？',
    en: 'Quote for ticket {id}: ¥{amount} — {reason}. Nothing is repaired or charged until you agree. Do you accept this quote?',
  },
  'quote-accepted': {
    zh: '好的，已记录您同意报价（¥{amount}），工程师马上开始维修。',
    en: 'Thank you — your acceptance of the ¥{amount} quote is recorded; the engineer is starting the repair.',
  },
  'quote-refused': {
    zh: '明白，已记录您不同意这个报价，不会产生任何费用。服务网点会和您联系其他处理方式。',
    en: 'Understood — you declined the quote and nothing is charged. The service point will contact you about other options.',
  },
  repaired: {
    zh: '工程师已完成工单 {id} 的维修。请问问题解决了吗？{deadline} 前回复都可以。',
    en: 'The engineer has finished the repair on ticket {id}. Has it fixed the problem? Please reply by {deadline}.',
  },
  'closed-confirmed': {
    zh: '太好了，感谢您的确认！工单 {id} 已完成。',
    en: 'Great — thank you for confirming! Ticket {id} is complete.',
  },
  reopened: {
    zh: '非常抱歉没能一次修好，给您添麻烦了。工单 {id} 已重新打开并优先处理，服务网点会尽快安排工程师再次上门。',
    en: 'I’m very sorry the repair didn’t fix it. Ticket {id} is reopened with priority, and the service point will send an engineer again as soon as possible.',
  },
  'signoff-timeout': {
    zh: '工单 {id} 维修后一直没收到您的回复，我们先将工单完成了。如果还有问题，随时回复我，我们会马上处理。',
    en: 'We didn’t hear back after the repair on ticket {id}, so we have closed it. If anything is still wrong, just reply and we’ll take it up at once.',
  },
  care: {
    zh: '您好，我是售后客服。之前帮您修过的{product}用得还好吗？有任何问题都可以直接回复我。（不想再收到此类消息，回复“不用再联系我”即可）',
    en: 'Hello from customer support — how is your {product} doing since the repair? Reply any time if something is wrong. (Reply “stop messaging me” and we won’t write again.)',
  },
};

export const ANSWER_BUTTONS = {
  quoteYes: { zh: '同意报价', en: 'Accept the quote' },
  quoteNo: { zh: '不同意', en: 'Decline' },
  fixedYes: { zh: '已修好', en: 'Yes, it’s fixed' },
  fixedNo: { zh: '还没修好', en: 'No, still broken' },
} as const satisfies Record<string, Phrase>;

/** The buttons that go with a notice that asks the customer something. */
export function visitButtons(notice: VisitNotice, language: Language): string[] | undefined {
  if (notice === 'quote') return [t(language, ANSWER_BUTTONS.quoteYes), t(language, ANSWER_BUTTONS.quoteNo)];
  if (notice === 'repaired') return [t(language, ANSWER_BUTTONS.fixedYes), t(language, ANSWER_BUTTONS.fixedNo)];
  return undefined;
}

export function visitText(ticket: Ticket, notice: VisitNotice, timeZone: string, signoffTimeoutHours: number): string {
  const language = ticket.language;
  const deadline = ticket.signOff ? new Date(Date.parse(ticket.signOff.askedAt) + signoffTimeoutHours * 3_600_000) : undefined;
  return t(language, VISIT[notice], {
    id: ticket.id,
    onSite: formatTime(new Date(ticket.onSiteDueAt), timeZone, language),
    partsDue: ticket.partsDueAt ? formatTime(new Date(ticket.partsDueAt), timeZone, language) : '',
    amount: ticket.quote ? ticket.quote.amount.toFixed(2) : '',
    reason: ticket.quote?.reason ?? '',
    deadline: deadline ? formatTime(deadline, timeZone, language) : '',
    product: t(language, PRODUCT_NAMES[ticket.product]),
  });
}

/** 11月27日 18:00 / 2026-11-27 18:00, on the wall clock of the service's time zone. */
export function formatTime(at: Date, timeZone: string, language: Language): string {
  const { year, month, day, hour, minute } = localTime(at, timeZone);
  const hm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return language === 'zh' ? `${month}月${day}日 ${hm}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${hm}`;
}
