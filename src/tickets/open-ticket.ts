import type { Clock } from '../clock.js';
import { NewTicketSchema, type NewTicket, type Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import { slaDeadlines, type SlaPolicy } from './sla.js';
import { localDate } from './local-date.js';
import { visitWindowEnd } from './visit-window.js';
import type { SlaSchedule } from './sla-schedule.js';
import { trackTicket } from './sla-tracking.js';
import { flagThreeStrikes } from './three-strikes.js';

export interface OpenTicketDeps {
  store: TicketStore;
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
  /** When given, the ticket's SLA deadlines go on the shared schedule. */
  schedule?: SlaSchedule;
  /** When given, a customer's third ticket within this many days is flagged (事不过三). */
  threeStrikesWindowDays?: number;
}

/**
 * Registers a repair report (seed digest: every report gets a number and is recorded) with its SLA
 * deadlines. Idempotent on `idempotencyKey`, so a channel retry never opens a second ticket.
 */
export async function openTicket(input: NewTicket, deps: OpenTicketDeps): Promise<Ticket> {
  const fields = NewTicketSchema.parse(input);
  const now = deps.clock.now();
  const at = now.toISOString();
  const day = localDate(now, deps.timeZone).replaceAll('-', '');
  const created = await deps.store.create(
    {
      ...fields,
      status: 'open',
      createdAt: at,
      updatedAt: at,
      ...slaDeadlines(now, deps.sla, fields.priority, visitWindowEnd(fields.visit, deps.timeZone)),
      history: [{ at, by: `customer:${fields.customer.userId}`, from: null, to: 'open' }],
    },
    day,
  );
  // Both steps depend only on the stored ticket, so a retried turn that gets the same ticket back repeats them harmlessly.
  if (deps.schedule) await trackTicket(deps.schedule, created, deps.sla);
  return deps.threeStrikesWindowDays ? flagThreeStrikes(deps.store, created, deps.threeStrikesWindowDays, now) : created;
}
