import type { Ticket } from './ticket.js';

/** What the customer is told after a move on their ticket; the words are in dialogs/visit.messages.ts. */
export const VISIT_NOTICES = [
  'on-the-way', 'arrived', 'parts-needed', 'quote', 'quote-accepted', 'quote-refused', 'repaired',
  'closed-confirmed', 'reopened', 'signoff-timeout', 'care',
] as const;
export type VisitNotice = (typeof VISIT_NOTICES)[number];

/**
 * Reaches the customer on their channel in their language. A channel that cannot deliver is logged
 * by the implementation, never thrown: the move is recorded on the ticket whatever the channel does.
 */
export type VisitNotifier = (ticket: Ticket, notice: VisitNotice) => Promise<void>;
