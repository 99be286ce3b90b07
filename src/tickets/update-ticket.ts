import { AppError, isAppError } from '../errors.js';
import type { Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';

/**
 * Reads the ticket, applies `change` and saves it. When another writer saved in between
 * (STORE_CONFLICT) the change is applied once more to the fresh record — `change` decides again on
 * what is now stored — and a second conflict goes to the caller. `change` returning the ticket
 * unchanged skips the save.
 */
export async function updateTicket(store: TicketStore, id: string, change: (ticket: Ticket) => Ticket): Promise<Ticket> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.get(id);
    if (!current) throw new AppError('TICKET_NOT_FOUND', `No ticket ${id}.`, { status: 404, details: { ticketId: id } });
    const next = change(current);
    if (next === current) return current;
    try {
      return await store.save(next);
    } catch (err) {
      if (attempt >= 2 || !isAppError(err, 'STORE_CONFLICT')) throw err;
    }
  }
}
