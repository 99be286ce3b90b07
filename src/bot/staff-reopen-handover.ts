import type { Log } from '../log.js';
import type { Ticket } from '../tickets/ticket.js';
import type { HandoffAsk, HandoffOutcome } from '../handoff/handoff-service.js';
import type { CustomerMessenger } from './customer-messenger.js';
import { conversationKey } from './conversation-key.js';
import { AFTER_VISIT } from '../../dialogs/after-visit.messages.js';
import { t } from '../../dialogs/text.js';

export interface StaffReopenHandoverDeps {
  desk: { request(ask: HandoffAsk): Promise<HandoffOutcome> };
  messenger: CustomerMessenger;
  mayContact: (ticket: Ticket) => Promise<boolean>;
  log: Log;
}

/**
 * 事不过三 when staff reopen a ticket (the customer phoned, a supervisor saw the repair fail): the same as
 * the customer's own "still broken" in chat, but outside their turn — the conversation is queued for a
 * person (three-strikes, repeat priority) and the customer is told on their channel, unless they asked
 * not to be contacted. Outside working hours only the handover is said: the after-hours choices need a
 * turn to be read.
 */
export function staffReopenHandover(deps: StaffReopenHandoverDeps): (ticket: Ticket) => Promise<void> {
  return async (ticket) => {
    const { customer, language } = ticket;
    const outcome = await deps.desk.request({ conversationId: conversationKey(customer.channel, customer.conversationId), customer, language, reason: 'three-strikes' });
    deps.log.info({ ticketId: ticket.id, channel: customer.channel, priority: outcome.request.priority }, 'ticket.reopened.handed-over');
    if (!(await deps.mayContact(ticket))) return;
    const strikes = Math.max(3, (ticket.supervisorFlag?.ticketIds.length ?? 1) + (ticket.repeatRepairs ?? 0));
    const said = t(language, AFTER_VISIT.reopenedThirdStrike, { id: ticket.id, strikes });
    await deps.messenger.send(customer, { text: outcome.staffed ? `${said}\n${outcome.notice}` : said, sender: { kind: 'bot' }, language });
  };
}
