import type { Clock } from '../clock.js';
import type { Ticket, TicketStatus } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import type { SlaPolicy } from './sla.js';
import type { SlaSchedule } from './sla-schedule.js';
import { transition } from './ticket-lifecycle.js';
import { servicePointFor, type ServicePointMap } from './service-points.js';
import { retrackTicket } from './sla-tracking.js';
import { updateTicket } from './update-ticket.js';
import { scheduleCare } from './care-check-in.js';
import { flagThreeStrikes } from './three-strikes.js';

export interface MoveTicketDeps {
  store: TicketStore;
  clock: Clock;
  schedule: SlaSchedule;
  sla: Pick<SlaPolicy, 'progressHours'>;
  servicePoints: ServicePointMap;
  /** The care check-in after a close, however the ticket was closed; off when absent (CARE_ENABLED=false). */
  careAfterDays?: number;
  /** 事不过三 counts a reopen as a repeat repair; off when absent. */
  threeStrikesWindowDays?: number;
}

export interface MoveRequest {
  to: TicketStatus;
  /** Who moves it, as recorded in the history: `agent:alice`, `customer:<userId>`. */
  by: string;
  note?: string;
}

/**
 * Moves a ticket to another state with the move in its history (who, when, from → to).
 * TICKET_NOT_FOUND, TICKET_ILLEGAL_TRANSITION, or STORE_CONFLICT when a second writer won twice.
 * Dispatch assigns the service point of the ticket's region; a close by staff schedules the care
 * check-in as the customer's sign-off does; a reopen counts a repeat repair and may flag three strikes.
 */
export async function moveTicket(deps: MoveTicketDeps, id: string, request: MoveRequest): Promise<Ticket> {
  const now = deps.clock.now();
  const moved = await updateTicket(deps.store, id, (ticket) => {
    const next = transition(ticket, request.to, request.by, now, request.note);
    if (request.to === 'dispatched') return { ...next, servicePoint: servicePointFor(ticket.region, deps.servicePoints) };
    // A reopened repair did not hold, whoever says so: a strike, as the customer's own "still broken" is.
    if (request.to === 'reopened') return { ...next, priority: 'urgent', repeatRepairs: (ticket.repeatRepairs ?? 0) + 1 };
    return next;
  });
  await retrackTicket(deps.schedule, moved, deps.sla, now);
  await scheduleCare(deps.schedule, moved, deps.careAfterDays, now);
  if (moved.status !== 'reopened' || !deps.threeStrikesWindowDays) return moved;
  return flagThreeStrikes(deps.store, moved, deps.threeStrikesWindowDays, now);
}
