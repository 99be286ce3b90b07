import type { Ticket, TicketStatus } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import { isOverdue } from './sla-tracking.js';

export interface TicketFilter {
  status?: TicketStatus;
  customer?: { channel: string; userId: string };
  /** Only tickets with a missed response or on-site deadline, oldest first. */
  overdue?: boolean;
  limit: number;
}

/** Only these states still owe a response or a visit; see sla-tracking.ts. */
const MAY_BE_OVERDUE: readonly TicketStatus[] = ['open', 'dispatched', 'reopened'];
/** Per state, how many of the newest tickets an overdue query looks at: far above a day's backlog. */
const OVERDUE_SCAN_LIMIT = 2000;

/** The staff list: the store's own filters, plus "overdue", which depends on the time of asking. */
export async function listTickets(store: TicketStore, filter: TicketFilter, now: Date): Promise<Ticket[]> {
  if (!filter.overdue) return store.list({ status: filter.status, customer: filter.customer, limit: filter.limit });
  const statuses = filter.status ? [filter.status] : MAY_BE_OVERDUE;
  const lists = await Promise.all(statuses.map((status) =>
    store.list({ status, customer: filter.customer, limit: OVERDUE_SCAN_LIMIT })));
  return lists.flat()
    .filter((ticket) => isOverdue(ticket, now))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id))
    .slice(0, filter.limit);
}
