import type { Ticket } from '../tickets/ticket.js';

export interface Compliance {
  met: number;
  missed: number;
  /** Deadline not reached yet, nothing decided. */
  pending: number;
  /** met / (met + missed); undefined when nothing was decided. */
  rate?: number;
}

export interface SlaCompliance {
  response: Compliance;
  onSite: Compliance;
  progress: Compliance;
}

type Outcome = 'met' | 'missed' | 'pending' | 'n/a';
const HOUR_MS = 3_600_000;
/** The SLA clock polls every SLA_POLL_MS (30 s by default); a report a few minutes late is still on time. */
const PROGRESS_GRACE_MS = 10 * 60_000;

function firstMove(ticket: Ticket, test: (to: string, from: string | null) => boolean) {
  return ticket.history.find((e) => e.from !== e.to && test(e.to, e.from));
}

/** Response: the ticket left `open` (someone took it up) by responseDueAt. A cancellation before that needed no response. */
export function responseOutcome(ticket: Ticket, now: Date): Outcome {
  const move = firstMove(ticket, (to, from) => from === 'open' && to !== 'open');
  const due = Date.parse(ticket.responseDueAt);
  if (move?.to === 'cancelled' && Date.parse(move.at) <= due) return 'n/a';
  if (ticket.escalations?.some((e) => e.kind === 'response-overdue')) return 'missed';
  if (move) return Date.parse(move.at) <= due ? 'met' : 'missed';
  return now.getTime() > due ? 'missed' : 'pending';
}

/** On site: the engineer started work (in_progress) by onSiteDueAt; closed or cancelled without a visit needed none. */
export function onSiteOutcome(ticket: Ticket, now: Date): Outcome {
  const visit = firstMove(ticket, (to) => to === 'in_progress');
  const due = Date.parse(ticket.onSiteDueAt);
  if (ticket.escalations?.some((e) => e.kind === 'onsite-overdue')) return 'missed';
  if (visit) return Date.parse(visit.at) <= due ? 'met' : 'missed';
  const finished = firstMove(ticket, (to) => to === 'closed' || to === 'cancelled');
  if (finished && Date.parse(finished.at) <= due) return 'n/a';
  return now.getTime() > due ? 'missed' : 'pending';
}

/**
 * Progress: while the ticket was unfinished, the customer heard something (a status change or a
 * progress report) at least every progressHours. Tickets finished within progressHours owed none.
 */
export function progressOutcome(ticket: Ticket, reports: readonly number[], now: Date, progressHours: number): Outcome {
  const start = Date.parse(ticket.createdAt);
  const finished = firstMove(ticket, (to) => to === 'closed' || to === 'cancelled');
  const end = finished ? Date.parse(finished.at) : now.getTime();
  const limit = progressHours * HOUR_MS + PROGRESS_GRACE_MS;
  if (end - start <= progressHours * HOUR_MS) return finished ? 'n/a' : 'pending';
  const touches = [
    start,
    ...ticket.history.filter((e) => e.from !== e.to && e.by !== 'sla-clock').map((e) => Date.parse(e.at)),
    ...reports,
  ].filter((t) => t >= start && t <= end).sort((a, b) => a - b);
  touches.push(end);
  for (let i = 1; i < touches.length; i++) if (touches[i] - touches[i - 1] > limit) return 'missed';
  return finished ? 'met' : 'pending';
}

function tally(outcomes: Outcome[]): Compliance {
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const met = count('met');
  const missed = count('missed');
  return { met, missed, pending: count('pending'), ...(met + missed ? { rate: met / (met + missed) } : {}) };
}

/** `reports`: when progress reports were sent, per ticket id, in epoch ms. */
export function slaCompliance(tickets: readonly Ticket[], reports: ReadonlyMap<string, number[]>, now: Date, progressHours: number): SlaCompliance {
  return {
    response: tally(tickets.map((t) => responseOutcome(t, now))),
    onSite: tally(tickets.map((t) => onSiteOutcome(t, now))),
    progress: tally(tickets.map((t) => progressOutcome(t, reports.get(t.id) ?? [], now, progressHours))),
  };
}
