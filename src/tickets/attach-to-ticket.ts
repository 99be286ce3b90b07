import type { Clock } from '../clock.js';
import { isAppError } from '../errors.js';
import type { Ticket, TicketAttachment, TicketStatus } from './ticket.js';
import type { TicketStore } from './ticket-store.js';

/** States in which the customer's files still help the engineer; a closed or cancelled ticket is not reopened by a photo. */
const ACTIVE: readonly TicketStatus[] = ['open', 'dispatched', 'in_progress', 'awaiting_confirmation', 'reopened'];

/** The customer's newest ticket still being worked on, on the channel they write from. */
export async function findOpenTicket(store: TicketStore, customer: { channel: string; userId: string }): Promise<Ticket | undefined> {
  const tickets = await store.list({ customer, limit: 20 });
  return tickets.find((ticket) => ACTIVE.includes(ticket.status));
}

/**
 * Adds stored files' references to the customer's open ticket; undefined when they have none.
 * Retries on a version conflict, since an agent or the SLA clock may save the ticket meanwhile.
 */
export async function attachToOpenTicket(
  store: TicketStore,
  customer: { channel: string; userId: string },
  attachments: readonly TicketAttachment[],
  clock: Clock,
): Promise<Ticket | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    const ticket = await findOpenTicket(store, customer);
    if (!ticket) return undefined;
    try {
      return await store.save({
        ...ticket,
        attachments: [...(ticket.attachments ?? []), ...attachments],
        updatedAt: clock.now().toISOString(),
      });
    } catch (err) {
      if (!isAppError(err, 'STORE_CONFLICT') || attempt >= 2) throw err;
    }
  }
}
