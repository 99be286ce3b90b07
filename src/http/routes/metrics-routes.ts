import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../metrics/metrics.js';

/**
 * GET /metrics in Prometheus text format, and a count of every response by route pattern (never the
 * raw URL: ids in paths would make one time series per ticket). The figures hold no personal data;
 * keep the endpoint on the internal network as Prometheus targets usually are.
 */
export function registerMetricsRoutes(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpResponses.inc({ method: request.method, route, status: String(reply.statusCode) });
  });
  app.get('/metrics', async (_request, reply) => reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()));
}
