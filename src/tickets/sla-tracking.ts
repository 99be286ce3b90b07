import type { Ticket, TicketStatus } from './ticket.js';
import type { SlaPolicy } from './sla.js';
import type { SlaDueKind, SlaSchedule } from './sla-schedule.js';

const HOUR_MS = 60 * 60 * 1000;

/** States in which nothing is owed to the customer any more: the clock stops. */
export const FINISHED_STATUSES: readonly TicketStatus[] = ['closed', 'cancelled'];

/** Not yet reached by anyone: the response deadline still runs. */
const AWAITING_RESPONSE: readonly TicketStatus[] = ['open'];
/** Nobody on site yet: the on-site deadline still runs. */
const AWAITING_ONSITE: readonly TicketStatus[] = ['open', 'dispatched', 'reopened'];

export function isResponseOverdue(ticket: Ticket, now: Date): boolean {
  return AWAITING_RESPONSE.includes(ticket.status) && Date.parse(ticket.responseDueAt) <= now.getTime();
}

export function isOnSiteOverdue(ticket: Ticket, now: Date): boolean {
  return AWAITING_ONSITE.includes(ticket.status) && Date.parse(ticket.onSiteDueAt) <= now.getTime();
}

/** A promise to the customer is late: no response in time, or nobody on site in time. */
export function isOverdue(ticket: Ticket, now: Date): boolean {
  return isResponseOverdue(ticket, now) || isOnSiteOverdue(ticket, now);
}

export function nextProgressAt(from: Date, policy: Pick<SlaPolicy, 'progressHours'>): string {
  return new Date(from.getTime() + policy.progressHours * HOUR_MS).toISOString();
}

/**
 * Puts a newly opened ticket's deadlines on the shared schedule. Every due time follows from the
 * ticket alone, so registering a ticket twice (a retried turn) schedules the same items.
 */
export async function trackTicket(schedule: SlaSchedule, ticket: Ticket, policy: Pick<SlaPolicy, 'progressHours'>): Promise<void> {
  if (FINISHED_STATUSES.includes(ticket.status)) return;
  // Independent items: sent together, they share one round trip.
  await Promise.all([
    schedule.schedule({ ticketId: ticket.id, kind: 'response-due', dueAt: ticket.responseDueAt }),
    schedule.schedule({ ticketId: ticket.id, kind: 'onsite-due', dueAt: ticket.onSiteDueAt }),
    schedule.schedule({ ticketId: ticket.id, kind: 'progress-due', dueAt: nextProgressAt(new Date(ticket.createdAt), policy) }),
  ]);
}

/** What a finished ticket no longer waits for; a care check-in (care-due) is due after the close and stays. */
const ENDED_BY_FINISH: readonly SlaDueKind[] = ['response-due', 'onsite-due', 'progress-due', 'signoff-due'];

export async function removeOpenTicketItems(schedule: SlaSchedule, ticketId: string): Promise<void> {
  await Promise.all(ENDED_BY_FINISH.map((kind) => schedule.remove(ticketId, kind)));
}

/** After a state change: a finished ticket leaves the schedule; a reopened one gets progress reports again. */
export async function retrackTicket(
  schedule: SlaSchedule, ticket: Ticket, policy: Pick<SlaPolicy, 'progressHours'>, now: Date,
): Promise<void> {
  if (FINISHED_STATUSES.includes(ticket.status)) return removeOpenTicketItems(schedule, ticket.id);
  if (ticket.status === 'reopened') {
    await schedule.schedule({ ticketId: ticket.id, kind: 'progress-due', dueAt: nextProgressAt(now, policy) });
  }
}
