import type { Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import { updateTicket } from './update-ticket.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Three strikes need three tickets; a customer with more in one window is flagged already. */
const LOOKBACK_LIMIT = 20;

/**
 * 事不过三 (seed digest): when this ticket is the customer's third or later within the window, flag
 * it for a supervisor, with a note in its history. A ticket the customer cancelled is no strike.
 * Returns the ticket as stored; a ticket flagged before (a retried turn) is returned unchanged.
 */
export async function flagThreeStrikes(store: TicketStore, ticket: Ticket, windowDays: number, now: Date): Promise<Ticket> {
  if (ticket.supervisorFlag) return ticket;
  const since = now.getTime() - windowDays * DAY_MS;
  const { channel, userId } = ticket.customer;
  const recent = (await store.list({ customer: { channel, userId }, limit: LOOKBACK_LIMIT }))
    .filter((other) => other.status !== 'cancelled' && Date.parse(other.createdAt) >= since);
  const ticketIds = [...new Set([ticket.id, ...recent.map((other) => other.id)])].sort();
  // A repair the customer said did not fix it is a strike of its own (issue 16), beside each ticket.
  const repeats = [ticket, ...recent.filter((other) => other.id !== ticket.id)].reduce((sum, other) => sum + (other.repeatRepairs ?? 0), 0);
  if (ticketIds.length + repeats < 3) return ticket;
  const at = now.toISOString();
  return updateTicket(store, ticket.id, (current) => (current.supervisorFlag ? current : {
    ...current,
    supervisorFlag: { reason: 'three-strikes', at, ticketIds },
    history: [...current.history, {
      at, by: 'bot', from: current.status, to: current.status,
      note: `Three strikes: ${ticketIds.length} tickets and ${repeats} repeat repairs in ${windowDays} days (${ticketIds.join(', ')}); for a supervisor`,
    }],
  }));
}
