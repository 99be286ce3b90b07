import type { DialogContext } from 'botbuilder-dialogs';
import type { Language } from '../src/language.js';
import type { CustomerRef } from '../src/tickets/ticket.js';
import { localDate } from '../src/tickets/local-date.js';
import { parseVisitSlot } from '../src/tickets/parse-visit-slot.js';
import {
  cancelOwnTicket, rescheduleOwnTicket, type ChangeOutcome, type CustomerChangeDeps,
} from '../src/tickets/customer-ticket-change.js';
import { CHANGE } from './ticket-change.messages.js';
import { STATUS_NAMES } from './ticket-status.js';
import { TICKET_INTAKE_DIALOG } from './ticket-intake-dialog.js';
import { formatSlot } from './format-slot.js';
import { t } from './text.js';

export interface TicketChangeDeps extends CustomerChangeDeps {
  timeZone: string;
}

/**
 * "取消工单 RT-…" / "改到周五下午": changes the customer's own ticket and says what happened. Works at
 * any point of the conversation, like the status question.
 */
export async function ticketChangeReply(
  action: 'cancel' | 'reschedule', deps: TicketChangeDeps, customer: CustomerRef,
  ticketNumber: string | undefined, text: string, language: Language,
): Promise<string> {
  if (action === 'cancel') return describe(await cancelOwnTicket(deps, customer, ticketNumber), action, language);
  const slot = parseVisitSlot(text, localDate(deps.clock.now(), deps.timeZone));
  return describe(await rescheduleOwnTicket(deps, customer, ticketNumber, slot), action, language);
}

function describe(outcome: ChangeOutcome, action: 'cancel' | 'reschedule', language: Language): string {
  switch (outcome.kind) {
    case 'not-found':
      return t(language, CHANGE.notFound, { id: outcome.ticketId });
    case 'none-open':
      return t(language, CHANGE.noneOpen);
    case 'choose': {
      const ids = outcome.tickets.map((ticket) => ticket.id);
      return t(language, action === 'cancel' ? CHANGE.chooseCancel : CHANGE.chooseReschedule, { ids: ids.join(language === 'zh' ? '、' : ', '), example: ids[0] });
    }
    case 'too-late':
      return t(language, CHANGE.tooLate, { id: outcome.ticket.id, status: t(language, STATUS_NAMES[outcome.ticket.status]) });
    case 'need-slot':
      return t(language, CHANGE.needSlot, { id: outcome.ticket.id, visit: formatSlot(outcome.ticket.visit, language) });
    case 'slot-full':
      return t(language, CHANGE.slotFull, { slot: formatSlot(outcome.slot, language) });
    case 'done':
      return action === 'cancel'
        ? t(language, CHANGE.cancelled, { id: outcome.ticket.id })
        : t(language, CHANGE.rescheduled, { id: outcome.ticket.id, visit: formatSlot(outcome.ticket.visit, language) });
  }
}

/** True while the customer is filling in a new ticket: there "改到周五" corrects the visit being booked. */
export function isIntakeActive(dc: DialogContext): boolean {
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) {
    if (inner.activeDialog?.id === TICKET_INTAKE_DIALOG) return true;
  }
  return false;
}
