import type { Clock } from '../clock.js';
import type { CustomerRef, Ticket, TicketStatus, VisitSlot } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import type { SlaPolicy } from './sla.js';
import type { SlaSchedule } from './sla-schedule.js';
import { transition } from './ticket-lifecycle.js';
import { retrackTicket } from './sla-tracking.js';
import { updateTicket } from './update-ticket.js';
import { visitWindowEnd } from './visit-window.js';

export interface CustomerChangeDeps {
  store: TicketStore;
  schedule: SlaSchedule;
  clock: Clock;
  sla: Pick<SlaPolicy, 'progressHours'>;
  /** Visits one region takes per half-day slot. */
  visitSlotCapacity: number;
  /** Where the booked visit windows are (the on-site deadline moves with the visit). */
  timeZone: string;
}

/**
 * What became of a customer's request to cancel or reschedule. `not-found` covers an unknown number
 * and another customer's number alike: the reply must not tell them apart (privacy, seed digest).
 */
export type ChangeOutcome =
  | { kind: 'not-found'; ticketId: string }
  | { kind: 'none-open' }
  | { kind: 'choose'; tickets: Ticket[] }
  | { kind: 'too-late'; ticket: Ticket }
  | { kind: 'need-slot'; ticket: Ticket }
  | { kind: 'slot-full'; ticket: Ticket; slot: VisitSlot }
  | { kind: 'done'; ticket: Ticket };

/** Before the engineer starts work the customer may still cancel or move the visit themselves. */
const CHANGEABLE: readonly TicketStatus[] = ['open', 'dispatched', 'reopened'];

type Found = { kind: 'found'; ticket: Ticket } | Exclude<ChangeOutcome, { kind: 'done' | 'too-late' | 'need-slot' | 'slot-full' }>;

/** The ticket the customer means: the number they gave (theirs only), else their one changeable ticket. */
export async function findOwnTicket(store: TicketStore, customer: CustomerRef, ticketNumber: string | undefined): Promise<Found> {
  if (ticketNumber) {
    const ticket = await store.get(ticketNumber);
    const mine = ticket && ticket.customer.channel === customer.channel && ticket.customer.userId === customer.userId;
    return mine ? { kind: 'found', ticket } : { kind: 'not-found', ticketId: ticketNumber };
  }
  const open = (await store.list({ customer: { channel: customer.channel, userId: customer.userId }, limit: 20 }))
    .filter((ticket) => CHANGEABLE.includes(ticket.status));
  if (open.length === 0) return { kind: 'none-open' };
  return open.length === 1 ? { kind: 'found', ticket: open[0] } : { kind: 'choose', tickets: open };
}

export async function cancelOwnTicket(deps: CustomerChangeDeps, customer: CustomerRef, ticketNumber?: string): Promise<ChangeOutcome> {
  const found = await findOwnTicket(deps.store, customer, ticketNumber);
  if (found.kind !== 'found') return found;
  if (!CHANGEABLE.includes(found.ticket.status)) return { kind: 'too-late', ticket: found.ticket };
  const now = deps.clock.now();
  const saved = await updateTicket(deps.store, found.ticket.id, (ticket) => (CHANGEABLE.includes(ticket.status)
    ? transition(ticket, 'cancelled', `customer:${customer.userId}`, now, 'cancelled by the customer in chat')
    : ticket));
  if (saved.status !== 'cancelled') return { kind: 'too-late', ticket: saved };
  await retrackTicket(deps.schedule, saved, deps.sla, now);
  return { kind: 'done', ticket: saved };
}

export async function rescheduleOwnTicket(
  deps: CustomerChangeDeps, customer: CustomerRef, ticketNumber: string | undefined, slot: VisitSlot | undefined,
): Promise<ChangeOutcome> {
  const found = await findOwnTicket(deps.store, customer, ticketNumber);
  if (found.kind !== 'found') return found;
  const { ticket } = found;
  if (!CHANGEABLE.includes(ticket.status)) return { kind: 'too-late', ticket };
  if (!slot) return { kind: 'need-slot', ticket };
  if (await slotIsFull(deps, ticket, slot)) return { kind: 'slot-full', ticket, slot };
  const at = deps.clock.now().toISOString();
  const saved = await updateTicket(deps.store, ticket.id, (current) => (CHANGEABLE.includes(current.status) ? {
    ...current,
    visit: slot,
    onSiteDueAt: current.priority === 'normal' ? visitWindowEnd(slot, deps.timeZone).toISOString() : current.onSiteDueAt,
    updatedAt: at,
    history: [...current.history, {
      at, by: `customer:${customer.userId}`, from: current.status, to: current.status,
      note: `visit moved from ${current.visit.date} ${current.visit.period} to ${slot.date} ${slot.period}`,
    }],
  } : current));
  const moved = saved.visit.date === slot.date && saved.visit.period === slot.period;
  if (moved) await deps.schedule.schedule({ ticketId: saved.id, kind: 'onsite-due', dueAt: saved.onSiteDueAt });
  return moved ? { kind: 'done', ticket: saved } : { kind: 'too-late', ticket: saved };
}

async function slotIsFull(deps: CustomerChangeDeps, ticket: Ticket, slot: VisitSlot): Promise<boolean> {
  return await deps.store.countBookedVisits({ ...slot, region: ticket.region }, ticket.id) >= deps.visitSlotCapacity;
}
