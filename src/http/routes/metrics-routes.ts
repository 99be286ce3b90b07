import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import type { Metrics } from '../../metrics/metrics.js';
import { bearerOf, sameSecret } from '../auth.js';

/**
 * GET /metrics in Prometheus text format, and a count of every response by route pattern (never the
 * raw URL: ids in paths would make one time series per ticket). The figures hold no personal data,
 * but they show traffic and failures: with `token` (METRICS_TOKEN) only a scraper that sends it reads them.
 */
export function registerMetricsRoutes(app: FastifyInstance, metrics: Metrics, token?: string): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpResponses.inc({ method: request.method, route, status: String(reply.statusCode) });
  });
  const guard = async (request: FastifyRequest) => {
    if (token && !sameSecret(bearerOf(request.headers.authorization), token)) {
      throw new AppError('HTTP_UNAUTHORIZED', 'Send Authorization: Bearer <METRICS_TOKEN>.', { status: 401 });
    }
  };
  app.get('/metrics', { onRequest: guard }, async (_request, reply) => reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()));
}
