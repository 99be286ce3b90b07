import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Log } from '../../log.js';
import { deleteCustomerData, type DeleteCustomerDataDeps } from '../../privacy/delete-customer-data.js';
import { staffOf } from '../auth.js';
import { CustomerParamsSchema } from '../schemas.js';

type Guard = (request: FastifyRequest) => Promise<void>;

export interface CustomerDataRouteDeps extends DeleteCustomerDataDeps {
  log: Log;
}

/** A customer's deletion request, carried out by an admin; the rules live in src/privacy/. */
export function registerCustomerDataRoutes(app: FastifyInstance, deps: CustomerDataRouteDeps, admin: Guard): void {
  app.delete('/api/customers/:channel/:userId', { onRequest: admin }, async (request) => {
    const customer = CustomerParamsSchema.parse(request.params);
    const deleted = await deleteCustomerData(customer, deps);
    // The channel's user id is a pseudonym; the audit line needs it to prove the request was honoured.
    deps.log.info({ channel: customer.channel, userId: customer.userId, by: staffOf(request).id, ...deleted }, 'customer.data.deleted');
    return { deleted };
  });
}
