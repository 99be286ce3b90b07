import { isAppError } from '../errors.js';
import type { Log } from '../log.js';
import type { VisitNotifier } from '../tickets/visit-notice.js';
import type { Ticket } from '../tickets/ticket.js';
import { visitButtons, visitText } from '../../dialogs/visit.messages.js';
import type { CustomerMessenger } from './customer-messenger.js';

/**
 * Tells the customer about each move of their visit on their own channel (web chat, WeChat), in
 * the ticket's language. An unreachable channel is logged: the move is on the ticket regardless,
 * and the customer sees it in the status reply. A customer who asked not to be contacted is not told.
 */
export function visitNotifier(
  messenger: CustomerMessenger, log: Log, options: { timeZone: string; signoffTimeoutHours: number; mayContact: (ticket: Ticket) => Promise<boolean> },
): VisitNotifier {
  return async (ticket, notice) => {
    // An opted-out customer is not written to, whatever the move: it is on the ticket, and they can ask.
    if (!(await options.mayContact(ticket))) {
      log.info({ ticketId: ticket.id, channel: ticket.customer.channel, notice }, 'ticket.visit.skipped.opted-out');
      return;
    }
    const text = visitText(ticket, notice, options.timeZone, options.signoffTimeoutHours);
    try {
      await messenger.send(ticket.customer, { text, sender: { kind: 'bot' }, suggestions: visitButtons(notice, ticket.language), language: ticket.language });
      log.info({ ticketId: ticket.id, channel: ticket.customer.channel, notice }, 'ticket.visit.notified');
    } catch (err) {
      if (!isAppError(err, 'CHANNEL_SEND_FAILED')) throw err;
      log.warn({ code: err.code, ticketId: ticket.id, channel: ticket.customer.channel, notice }, 'ticket.visit.undelivered');
    }
  };
}
