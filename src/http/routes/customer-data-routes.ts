import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Log } from '../../log.js';
import type { CustomerDeletions } from '../../privacy/customer-deletions.js';
import { staffOf } from '../auth.js';
import { CustomerParamsSchema } from '../schemas.js';

type Guard = (request: FastifyRequest) => Promise<void>;

export interface CustomerDataRouteDeps {
  deletions: CustomerDeletions;
  log: Log;
}

/**
 * A customer's deletion request, carried out by an admin; the rules live in src/privacy/. 200 when
 * everything is gone; 202 when a conversation was busy in a turn: the tickets are already
 * anonymised, the rest finishes in the background (asking again resumes it too).
 */
export function registerCustomerDataRoutes(app: FastifyInstance, deps: CustomerDataRouteDeps, admin: Guard): void {
  app.delete('/api/customers/:channel/:userId', { onRequest: admin }, async (request, reply) => {
    const customer = CustomerParamsSchema.parse(request.params);
    const outcome = await deps.deletions.request(customer);
    // The channel's user id is a pseudonym; the audit line needs it to prove the request was honoured.
    deps.log.info({ channel: customer.channel, userId: customer.userId, by: staffOf(request).id, status: outcome.status, ...outcome.deleted }, 'customer.data.deleted');
    if (outcome.status === 'done') return { deleted: outcome.deleted };
    return reply.code(202).send({ status: 'pending', deleted: outcome.deleted, pendingConversations: outcome.pendingConversations });
  });
}
