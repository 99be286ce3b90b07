import type { FastifyRequest } from 'fastify';
import type { Ticket } from '../tickets/ticket.js';
import { staffOf } from './auth.js';
import { conversationKey } from '../bot/conversation-key.js';

/** The conversations an agent holds now (one read of the queue, however long the ticket list). */
export type HeldConversations = (agentId: string) => Promise<ReadonlySet<string>>;

/** The last four digits stay, so an agent can still tell two numbers apart on the phone. */
function maskPhone(phone: string): string {
  return phone ? `${'*'.repeat(Math.max(phone.length - 4, 3))}${phone.slice(-4)}` : phone;
}

const HIDDEN_ADDRESS = '***';

/**
 * Tickets as the caller may see them. A supervisor (or admin) sees everything; an agent sees the
 * phone and address only on the tickets of a conversation they hold, where they need them to help,
 * and masked everywhere else — the list is every customer's, the conversation is one.
 */
export function ticketViewer(request: FastifyRequest, heldBy: HeldConversations): (tickets: readonly Ticket[]) => Promise<Ticket[]> {
  const staff = staffOf(request);
  const seesAll = staff.roles.includes('supervisor') || staff.roles.includes('admin');
  return async (tickets) => {
    if (seesAll) return [...tickets];
    const held = await heldBy(staff.id);
    return tickets.map((ticket) => (held.has(conversationKey(ticket.customer.channel, ticket.customer.conversationId))
      ? ticket
      : { ...ticket, phone: maskPhone(ticket.phone), address: ticket.address ? HIDDEN_ADDRESS : ticket.address }));
  };
}
