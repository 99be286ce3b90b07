import type { Ticket } from './ticket.js';
import { transition } from './ticket-lifecycle.js';
import { retrackTicket } from './sla-tracking.js';
import { flagThreeStrikes } from './three-strikes.js';
import { updateTicket } from './update-ticket.js';
import { scheduleCare } from './care-check-in.js';
import type { VisitDeps } from './engineer-moves.js';

const HOUR_MS = 60 * 60 * 1000;

/** Used by the timers (sign-off timeout, care) too; the chat answers reply in the customer's turn. */
export interface SignOffDeps extends Omit<VisitDeps, 'partsDueDays'> {
  threeStrikesWindowDays?: number;
}

/** What the customer is asked in chat right now about this ticket, if anything. */
export function pendingQuestion(ticket: Ticket): 'quote' | 'sign-off' | undefined {
  if (ticket.status === 'in_progress' && ticket.quote && !ticket.quote.answer) return 'quote';
  if (ticket.status === 'awaiting_confirmation' && ticket.signOff && !ticket.signOff.answer) return 'sign-off';
  return undefined;
}

/**
 * The customer's answer to the engineer's quote, recorded on the ticket; a second answer changes
 * nothing. The caller replies to the customer (in their turn, so no notice here).
 */
export async function answerQuote(deps: Pick<SignOffDeps, 'store' | 'clock'>, id: string, accepted: boolean, by: string): Promise<Ticket> {
  const at = deps.clock.now().toISOString();
  return updateTicket(deps.store, id, (current) => {
    if (pendingQuestion(current) !== 'quote' || !current.quote) return current;
    const note = accepted ? `Quote ¥${current.quote.amount.toFixed(2)} accepted by the customer` : `Quote ¥${current.quote.amount.toFixed(2)} refused by the customer; no repair is charged`;
    return {
      ...current,
      quote: { ...current.quote, answer: accepted ? 'accepted' : 'refused', answeredAt: at },
      updatedAt: at,
      history: [...current.history, { at, by, from: current.status, to: current.status, note }],
    };
  });
}

/**
 * The customer's sign-off (seed digest: after the repair the customer signs off). Confirmed closes
 * the ticket; denied reopens it with priority and a repeat-repair strike (事不过三). Only a
 * pending question is answered, so a retried turn or a late timeout changes nothing twice: `changed`
 * says whether this call answered it (the caller then tells the customer).
 */
export async function signOff(
  deps: SignOffDeps, id: string, answer: 'confirmed' | 'denied' | 'timeout', by: string,
): Promise<{ ticket: Ticket; changed: boolean }> {
  const now = deps.clock.now();
  const at = now.toISOString();
  let changed = false;
  const ticket = await updateTicket(deps.store, id, (current) => {
    // Decided again on a retry after a conflict: another writer may have answered meanwhile.
    changed = false;
    if (pendingQuestion(current) !== 'sign-off' || !current.signOff) return current;
    if (answer === 'timeout' && Date.parse(current.signOff.askedAt) + deps.signoffTimeoutHours * HOUR_MS > now.getTime()) return current;
    changed = true;
    const signed = { ...current, signOff: { ...current.signOff, answer, answeredAt: at } };
    if (answer === 'confirmed') return transition(signed, 'closed', by, now, 'The customer confirmed the repair');
    if (answer === 'timeout') {
      return transition(signed, 'closed', by, now, `No answer from the customer within ${deps.signoffTimeoutHours} h of the repair; closed without sign-off`);
    }
    const repeats = (current.repeatRepairs ?? 0) + 1;
    return {
      ...transition(signed, 'reopened', by, now, `Repeat repair ${repeats}: the customer says the repair did not fix it; priority`),
      priority: 'urgent',
      repeatRepairs: repeats,
    };
  });
  if (!changed) return { ticket, changed };
  await retrackTicket(deps.schedule, ticket, deps.sla, now);
  await scheduleCare(deps.schedule, ticket, deps.careAfterDays, now);
  const flagged = ticket.status === 'reopened' && deps.threeStrikesWindowDays
    ? await flagThreeStrikes(deps.store, ticket, deps.threeStrikesWindowDays, now)
    : ticket;
  return { ticket: flagged, changed };
}
