import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { AppError } from '../../errors.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import { TicketListQuerySchema, TicketParamsSchema } from '../schemas.js';

/** Staff read access to tickets. Records come out of the store already validated by TicketSchema. */
export function registerTicketRoutes(app: FastifyInstance, tickets: TicketStore, requireAgent: preHandlerHookHandler): void {
  app.get('/api/tickets', { preHandler: requireAgent }, async (request) => {
    const query = TicketListQuerySchema.parse(request.query);
    return { tickets: await tickets.list({ status: query.status, limit: query.limit }) };
  });

  app.get('/api/tickets/:id', { preHandler: requireAgent }, async (request) => {
    const { id } = TicketParamsSchema.parse(request.params);
    const ticket = await tickets.get(id.toUpperCase());
    if (!ticket) throw new AppError('TICKET_NOT_FOUND', `No ticket ${id}.`, { status: 404, details: { ticketId: id } });
    return ticket;
  });
}
