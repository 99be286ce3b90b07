import type { NewTicket, Ticket, TicketStatus, VisitSlot } from './ticket.js';

export interface TicketQuery {
  status?: TicketStatus;
  /** Tickets of one customer, across their conversations on one channel. */
  customer?: { channel: string; userId: string };
  visitDate?: string;
  limit?: number;
}

/** A bookable half-day of one region's engineers. */
export type RegionSlot = VisitSlot & { region: string };

/** What the store needs from the ticket rules to create a ticket: the number is the store's to allocate. */
export type TicketDraft = Omit<Ticket, 'id' | 'version'> & { idempotencyKey: string };

/**
 * Durable home of repair tickets. Implementations: SqliteTicketStore (embedded default),
 * RedisTicketStore (production). Both run test/contracts/ticket-store.contract.ts.
 */
export interface TicketStore {
  /**
   * Allocates the next number for `day` (YYYYMMDD, unique across processes) and stores the ticket.
   * A second call with the same idempotencyKey returns the first ticket unchanged.
   */
  create(draft: TicketDraft, day: string): Promise<Ticket>;
  /** undefined when no ticket has that number. */
  get(id: string): Promise<Ticket | undefined>;
  /** Replaces the ticket when `ticket.version` is the stored one; bumps it. Else STORE_CONFLICT. */
  save(ticket: Ticket): Promise<Ticket>;
  /** Newest first. */
  list(query: TicketQuery): Promise<Ticket[]>;
  /**
   * Tickets booked into `slot` that still hold it (every status but cancelled), leaving out
   * `exceptId` (the ticket being moved). A count, not a list: every booking asks it.
   */
  countBookedVisits(slot: RegionSlot, exceptId?: string): Promise<number>;
}

export type { NewTicket };
