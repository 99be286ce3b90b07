import type { CustomerRef, Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import { updateTicket } from './update-ticket.js';

/** A customer with more tickets than this is rare; the opt-out marks the newest ones. */
const LOOKUP_LIMIT = 50;

/**
 * "不用再联系我" / "stop messaging me": stored on every ticket of the customer on that channel, where
 * staff see it and the care check-in reads it. Returns how many tickets carry it now.
 */
export async function optOutOfContact(store: TicketStore, customer: Pick<CustomerRef, 'channel' | 'userId'>, at: Date): Promise<number> {
  const tickets = await store.list({ customer: { channel: customer.channel, userId: customer.userId }, limit: LOOKUP_LIMIT });
  const stamp = at.toISOString();
  for (const ticket of tickets) {
    await updateTicket(store, ticket.id, (current) => (current.contactOptOutAt ? current : {
      ...current,
      contactOptOutAt: stamp,
      history: [...current.history, { at: stamp, by: `customer:${customer.userId}`, from: current.status, to: current.status, note: 'The customer asked not to be contacted again' }],
    }));
  }
  return tickets.length;
}

/** True when any ticket of the customer carries the opt-out: it concerns the person, not one repair. */
export async function customerOptedOut(store: TicketStore, ticket: Ticket): Promise<boolean> {
  const { channel, userId } = ticket.customer;
  const tickets = await store.list({ customer: { channel, userId }, limit: LOOKUP_LIMIT });
  return tickets.some((other) => other.contactOptOutAt);
}

/**
 * Whether the bot may write to the ticket's customer unprompted: progress reports, visit notices, the
 * sign-off question and its timeout, care. Replies in the customer's own turn are never asked here.
 */
export async function mayContact(store: TicketStore, ticket: Ticket): Promise<boolean> {
  return !ticket.contactOptOutAt && !(await customerOptedOut(store, ticket));
}
