import type { Clock } from '../clock.js';
import { NewTicketSchema, type NewTicket, type Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import { slaDeadlines, type SlaPolicy } from './sla.js';
import { localDate } from './local-date.js';

export interface OpenTicketDeps {
  store: TicketStore;
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
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
  return deps.store.create(
    {
      ...fields,
      status: 'open',
      createdAt: at,
      updatedAt: at,
      ...slaDeadlines(now, deps.sla, fields.priority),
      history: [{ at, by: `customer:${fields.customer.userId}`, from: null, to: 'open' }],
    },
    day,
  );
}
