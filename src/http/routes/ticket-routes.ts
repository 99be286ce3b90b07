import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { AppError } from '../../errors.js';
import type { Log } from '../../log.js';
import type { Ticket } from '../../tickets/ticket.js';
import { listTickets } from '../../tickets/list-tickets.js';
import { moveTicket, type MoveTicketDeps } from '../../tickets/move-ticket.js';
import { staffOf } from '../auth.js';
import { ticketViewer, type HeldConversations } from '../ticket-view.js';
import { TicketListQuerySchema, TicketParamsSchema, TicketTransitionBodySchema } from '../schemas.js';

export interface TicketRouteDeps extends MoveTicketDeps {
  log: Log;
  /** Decides whose phone and address an agent sees: those of the conversations they hold. */
  heldBy: HeldConversations;
  /** A reopen that reached three strikes: the conversation goes to a person (staff-reopen-handover.ts). */
  onThirdStrike?: (ticket: Ticket) => Promise<void>;
}

/** Staff access to tickets: list, read, move. Records come out of the store already validated by TicketSchema. */
export function registerTicketRoutes(app: FastifyInstance, deps: TicketRouteDeps, requireStaff: onRequestHookHandler): void {
  app.get('/api/tickets', { onRequest: requireStaff }, async (request) => {
    const query = TicketListQuerySchema.parse(request.query);
    const customer = query.channel && query.userId ? { channel: query.channel, userId: query.userId } : undefined;
    const filter = { status: query.status, customer, overdue: query.overdue === 'true', limit: query.limit };
    return { tickets: await ticketViewer(request, deps.heldBy)(await listTickets(deps.store, filter, deps.clock.now())) };
  });

  app.get('/api/tickets/:id', { onRequest: requireStaff }, async (request) => {
    const { id } = TicketParamsSchema.parse(request.params);
    const ticket = await deps.store.get(id.toUpperCase());
    if (!ticket) throw new AppError('TICKET_NOT_FOUND', `No ticket ${id}.`, { status: 404, details: { ticketId: id } });
    return (await ticketViewer(request, deps.heldBy)([ticket]))[0];
  });

  app.post('/api/tickets/:id/transitions', { onRequest: requireStaff }, async (request) => {
    const { id } = TicketParamsSchema.parse(request.params);
    const body = TicketTransitionBodySchema.parse(request.body ?? {});
    const by = `staff:${staffOf(request).id}`;
    const ticket = await moveTicket(deps, id.toUpperCase(), { to: body.to, by, note: body.note });
    deps.log.info({ ticketId: ticket.id, to: ticket.status, by }, 'ticket.moved');
    if (ticket.status === 'reopened' && ticket.supervisorFlag?.reason === 'three-strikes') await deps.onThirdStrike?.(ticket);
    return (await ticketViewer(request, deps.heldBy)([ticket]))[0];
  });
}
