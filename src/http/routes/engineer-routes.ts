import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Log } from '../../log.js';
import { applyEngineerMove, EngineerMoveSchema, type VisitDeps } from '../../tickets/engineer-moves.js';
import { staffOf } from '../auth.js';
import { TicketParamsSchema } from '../schemas.js';

export interface EngineerRouteDeps extends VisitDeps {
  log: Log;
}

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));
/** A service point's working list is a few dozen tickets; finished ones stay visible for a while. */
const LIST_LIMIT = 200;
const EngineerListQuerySchema = z.object({ all: z.enum(['true', 'false']).optional() });

/**
 * The engineer's side: their service point's tickets and the moves they make on site. An engineer
 * token is bound to one service point; a supervisor (or the admin) sees and moves every point's.
 */
export function registerEngineerRoutes(app: FastifyInstance, deps: EngineerRouteDeps, requireEngineer: onRequestHookHandler): void {
  const page = readFileSync(`${pagesDir}engineer.html`, 'utf8');
  app.get('/engineer', async (_request, reply) => reply.headers({
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
  }).send(page));

  app.get('/api/engineer/tickets', { onRequest: requireEngineer }, async (request) => {
    const { all } = EngineerListQuerySchema.parse(request.query);
    const { servicePoint } = staffOf(request);
    const tickets = (await deps.store.list({ limit: LIST_LIMIT }))
      .filter((ticket) => ticket.servicePoint && (!servicePoint || ticket.servicePoint === servicePoint))
      .filter((ticket) => all === 'true' || !['closed', 'cancelled'].includes(ticket.status));
    return { servicePoint: servicePoint ?? null, tickets };
  });

  app.post('/api/tickets/:id/visit', { onRequest: requireEngineer }, async (request) => {
    const { id } = TicketParamsSchema.parse(request.params);
    const parsed = EngineerMoveSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
      throw new AppError('TICKET_MOVE_INVALID', message, { status: 422 });
    }
    const caller = staffOf(request);
    const ticket = await applyEngineerMove(deps, id.toUpperCase(), parsed.data, { id: caller.id, servicePoint: caller.servicePoint });
    deps.log.info({ ticketId: ticket.id, move: parsed.data.move, to: ticket.status, by: caller.id }, 'ticket.visit.moved');
    return ticket;
  });
}
