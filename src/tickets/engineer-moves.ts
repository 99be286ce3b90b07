import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Ticket, TicketStatus } from './ticket.js';
import { transition } from './ticket-lifecycle.js';
import { retrackTicket } from './sla-tracking.js';
import { updateTicket } from './update-ticket.js';
import type { MoveTicketDeps } from './move-ticket.js';
import type { VisitNotice, VisitNotifier } from './visit-notice.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The moves an engineer makes on site, as the staff API and the engineer page send them. */
export const EngineerMoveSchema = z.discriminatedUnion('move', [
  z.object({ move: z.literal('on-the-way'), note: z.string().max(500).optional() }),
  z.object({ move: z.literal('arrived'), note: z.string().max(500).optional() }),
  z.object({ move: z.literal('parts-needed'), note: z.string().max(500).optional() }),
  z.object({
    move: z.literal('quote'),
    amount: z.number().positive().max(1_000_000).refine((n) => Math.round(n * 100) === n * 100, 'at most two decimals'),
    reason: z.string().trim().min(1).max(300),
  }),
  z.object({ move: z.literal('repaired'), note: z.string().max(500).optional() }),
]);
export type EngineerMove = z.infer<typeof EngineerMoveSchema>;

/** Who moves: an engineer is bound to a service point; a supervisor or the admin (no point) may move any ticket. */
export interface Mover {
  id: string;
  servicePoint?: string;
}

export interface VisitDeps extends MoveTicketDeps {
  notify: VisitNotifier;
  partsDueDays: number;
  signoffTimeoutHours: number;
}

/** The status each move needs and the one it leaves; a move from any other status is a 409. */
const RULES: Record<EngineerMove['move'], { from: readonly TicketStatus[]; to?: TicketStatus }> = {
  // A reopened ticket goes straight back to its engineer: on the way re-dispatches it.
  'on-the-way': { from: ['dispatched', 'reopened'], to: 'dispatched' },
  arrived: { from: ['dispatched'], to: 'in_progress' },
  'parts-needed': { from: ['in_progress'] },
  quote: { from: ['in_progress'] },
  repaired: { from: ['in_progress'], to: 'awaiting_confirmation' },
};

/**
 * Applies an engineer's move: checked against their service point (403) and the ticket's state
 * (409), recorded in the history, then told to the customer with the next committed time.
 */
export async function applyEngineerMove(deps: VisitDeps, id: string, move: EngineerMove, mover: Mover): Promise<Ticket> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const by = `engineer:${mover.id}`;
  const moved = await updateTicket(deps.store, id, (ticket) => {
    if (mover.servicePoint && ticket.servicePoint !== mover.servicePoint) {
      throw new AppError('HTTP_FORBIDDEN', `Ticket ${ticket.id} is not of service point ${mover.servicePoint}.`, {
        status: 403, details: { ticketId: ticket.id, servicePoint: mover.servicePoint },
      });
    }
    const rule = RULES[move.move];
    if (!rule.from.includes(ticket.status)) illegal(ticket, move.move);
    if (move.move === 'repaired' && ticket.quote && ticket.quote.answer !== 'accepted') illegal(ticket, move.move, 'quote-not-accepted');
    const to = rule.to ?? ticket.status;
    const note = noteFor(move, mover, deps, now);
    const base = to === ticket.status
      ? { ...ticket, updatedAt: at, history: [...ticket.history, { at, by, from: ticket.status, to, note }] }
      : transition(ticket, to, by, now, note);
    return withMoveFields(base, move, by, at, deps, now);
  });
  await retrackTicket(deps.schedule, moved, deps.sla, now);
  if (move.move === 'repaired') {
    await deps.schedule.schedule({ ticketId: moved.id, kind: 'signoff-due', dueAt: new Date(now.getTime() + deps.signoffTimeoutHours * HOUR_MS).toISOString() });
  }
  await deps.notify(moved, move.move satisfies VisitNotice);
  return moved;
}

function illegal(ticket: Ticket, move: string, reason?: string): never {
  throw new AppError('TICKET_ILLEGAL_TRANSITION', `Ticket ${ticket.id} is ${ticket.status}: "${move}" is not possible now.`, {
    status: 409, details: { ticketId: ticket.id, from: ticket.status, move, ...(reason ? { reason } : {}) },
  });
}

function noteFor(move: EngineerMove, mover: Mover, deps: VisitDeps, now: Date): string {
  switch (move.move) {
    case 'on-the-way': return `Engineer ${mover.id} on the way${move.note ? `: ${move.note}` : ''}`;
    case 'arrived': return `Engineer ${mover.id} on site${move.note ? `: ${move.note}` : ''}`;
    case 'parts-needed': {
      const due = new Date(now.getTime() + deps.partsDueDays * DAY_MS).toISOString();
      return `Parts needed, committed by ${due}${move.note ? `: ${move.note}` : ''}`;
    }
    case 'quote': return `Quote ¥${move.amount.toFixed(2)}: ${move.reason}; waiting for the customer`;
    case 'repaired': return `Repaired${move.note ? `: ${move.note}` : ''}; waiting for the customer's sign-off`;
  }
}

function withMoveFields(ticket: Ticket, move: EngineerMove, by: string, at: string, deps: VisitDeps, now: Date): Ticket {
  switch (move.move) {
    case 'parts-needed': return { ...ticket, partsDueAt: new Date(now.getTime() + deps.partsDueDays * DAY_MS).toISOString() };
    case 'quote': return { ...ticket, quote: { amount: move.amount, reason: move.reason, at, by } };
    case 'repaired': return { ...ticket, signOff: { askedAt: at } };
    default: return ticket;
  }
}
