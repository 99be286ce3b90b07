import type { Ticket } from '../src/tickets/ticket.js';
import { formatSlot } from './format-slot.js';
import { STATUS_NAMES } from './ticket-status.js';
import { t, type Phrase } from './text.js';

export const PROGRESS = {
  report: {
    zh: '您好，跟您同步一下维修进度：工单 {id}（{model}）目前{status}，预约上门时间是 {visit}。有新进展我们会第一时间告诉您；想改时间或有其他问题，直接回复我就行。',
    en: 'A quick update on your repair: ticket {id} ({model}) — {status}. The visit is booked for {visit}. We’ll tell you as soon as anything changes; reply here any time to reschedule or ask a question.',
  },
  unknownModel: { zh: '型号待确认', en: 'model to be confirmed' },
} as const satisfies Record<string, Phrase>;

/**
 * The proactive progress report the SLA clock sends every few hours (seed digest: keep promises
 * and report progress), in the language the customer used when they opened the ticket.
 */
export function progressMessage(ticket: Ticket): string {
  const language = ticket.language;
  return t(language, PROGRESS.report, {
    id: ticket.id,
    model: ticket.model === 'unknown' ? t(language, PROGRESS.unknownModel) : ticket.model,
    status: t(language, STATUS_NAMES[ticket.status]),
    visit: formatSlot(ticket.visit, language),
  });
}
