import { AppError } from '../errors.js';
import type { Ticket, TicketStatus } from './ticket.js';

/** Which state may follow which; anything else is TICKET_ILLEGAL_TRANSITION. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  open: ['dispatched', 'cancelled'],
  dispatched: ['in_progress', 'cancelled', 'open'],
  in_progress: ['awaiting_confirmation', 'dispatched'],
  awaiting_confirmation: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['dispatched', 'cancelled'],
  cancelled: [],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Returns the ticket in its new state with the move recorded; the caller saves it. */
export function transition(ticket: Ticket, to: TicketStatus, by: string, at: Date, note?: string): Ticket {
  if (!canTransition(ticket.status, to)) {
    throw new AppError('TICKET_ILLEGAL_TRANSITION', undefined, {
      status: 409,
      details: { ticketId: ticket.id, from: ticket.status, to },
    });
  }
  const stamp = at.toISOString();
  return {
    ...ticket,
    status: to,
    updatedAt: stamp,
    history: [...ticket.history, { at: stamp, by, from: ticket.status, to, ...(note ? { note } : {}) }],
  };
}
