import type { Log } from '../log.js';
import type { Ticket } from './ticket.js';
import type { SlaClockDeps } from './sla-clock.js';
import { signOff, type SignOffDeps } from './customer-sign-off.js';
import { updateTicket } from './update-ticket.js';
import { mayContact } from './contact-opt-out.js';

export interface AfterVisitTimerDeps extends SignOffDeps {
  log: Log;
}

/**
 * The sign-off timeout and the care check-in, as handlers of the shared schedule's items (the SLA
 * clock claims them, so with several processes each fires once). Each decides again on the stored
 * ticket: an item that outlived its reason (answered, reopened, opted out) does nothing.
 */
export function afterVisitTimers(deps: AfterVisitTimerDeps): NonNullable<SlaClockDeps['handlers']> {
  return {
    'signoff-due': async (ticket) => {
      const { ticket: closed, changed } = await signOff(deps, ticket.id, 'timeout', 'signoff-timer');
      if (!changed) return;
      await deps.notify(closed, 'signoff-timeout');
      deps.log.info({ ticketId: ticket.id }, 'ticket.signoff.timeout');
    },
    'care-due': async (ticket, now) => {
      if (!deps.careAfterDays || ticket.status !== 'closed' || ticket.careSentAt) return;
      if (!(await mayContact(deps.store, ticket))) {
        deps.log.info({ ticketId: ticket.id }, 'ticket.care.skipped.opted-out');
        return;
      }
      // Sent before it is marked: a process that dies in between leaves the item to fire again.
      await deps.notify(ticket, 'care');
      await updateTicket(deps.store, ticket.id, (current) => (current.careSentAt ? current : withCareSent(current, now)));
      deps.log.info({ ticketId: ticket.id, channel: ticket.customer.channel }, 'ticket.care.sent');
    },
  };
}

function withCareSent(ticket: Ticket, now: Date): Ticket {
  const at = now.toISOString();
  return { ...ticket, careSentAt: at, history: [...ticket.history, { at, by: 'care-timer', from: ticket.status, to: ticket.status, note: 'Care check-in sent' }] };
}
