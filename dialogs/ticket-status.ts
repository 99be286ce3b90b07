import type { Language } from '../src/language.js';
import type { CustomerRef, Ticket } from '../src/tickets/ticket.js';
import type { TicketStore } from '../src/tickets/ticket-store.js';
import type { Phrase } from './text.js';
import { t } from './text.js';

export const STATUS_NAMES: Record<Ticket['status'], Phrase> = {
  open: { zh: '已登记，正在安排工程师', en: 'registered; we’re assigning an engineer' },
  dispatched: { zh: '已派单给当地服务网点', en: 'assigned to your local service point' },
  in_progress: { zh: '工程师正在处理', en: 'an engineer is working on it' },
  awaiting_confirmation: { zh: '已修好，等您确认', en: 'repaired — waiting for your confirmation' },
  closed: { zh: '已完成', en: 'completed' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  reopened: { zh: '已重新打开，优先处理中', en: 'reopened and prioritised' },
};

const MESSAGES = {
  one: { zh: '工单 {id}（{product}）：{status}。最近更新：{updated}。', en: 'Ticket {id} ({product}): {status}. Last update: {updated}.' },
  none: {
    zh: '我这边没有查到您名下的工单。如果您有单号（形如 RT-20261122-0042），可以直接发给我。',
    en: 'I couldn’t find a ticket under your name. If you have a ticket number (like RT-20261122-0042), just send it to me.',
  },
  notYours: {
    zh: '抱歉，没有查到单号为 {id} 的工单，请核对一下单号。',
    en: 'Sorry, I couldn’t find ticket {id} — could you check the number?',
  },
} as const satisfies Record<string, Phrase>;

function describe(ticket: Ticket, language: Language, timeZone: string): string {
  const updated = new Date(ticket.updatedAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' });
  return t(language, MESSAGES.one, { id: ticket.id, product: ticket.model, status: t(language, STATUS_NAMES[ticket.status]), updated });
}

/**
 * The answer to "where is my ticket?". A number that belongs to another customer reads exactly like
 * an unknown number: never confirm that someone else's ticket exists (privacy, seed digest).
 */
export async function ticketStatusReply(
  store: TicketStore, customer: CustomerRef, ticketNumber: string | undefined, language: Language, timeZone: string,
): Promise<string> {
  if (ticketNumber) {
    const ticket = await store.get(ticketNumber);
    const mine = ticket && ticket.customer.channel === customer.channel && ticket.customer.userId === customer.userId;
    return mine ? describe(ticket, language, timeZone) : t(language, MESSAGES.notYours, { id: ticketNumber });
  }
  const tickets = await store.list({ customer: { channel: customer.channel, userId: customer.userId }, limit: 3 });
  return tickets.length ? tickets.map((ticket) => describe(ticket, language, timeZone)).join('\n') : t(language, MESSAGES.none);
}
