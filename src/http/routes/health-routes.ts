import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.js';

export interface HealthRouteDeps {
  /** Resolves when the backing store answers; rejects (or never settles) when it does not. */
  storeReady: () => Promise<unknown>;
}

/** Longer than a healthy store round trip, shorter than a load balancer's usual 5 s probe timeout. */
const READY_TIMEOUT_MS = 2_000;

/**
 * /healthz: the process is alive (restart it when this fails). /readyz: it can serve a turn — the
 * store answers — so a load balancer stops sending customers to a process whose Redis is gone,
 * without restarting it (it reconnects on its own).
 */
export function registerHealthRoutes(app: FastifyInstance, deps: HealthRouteDeps): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('store probe timed out')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([deps.storeReady(), timeout]);
    } catch (cause) {
      throw new AppError('STORE_UNAVAILABLE', 'The store does not answer; this process cannot serve turns now.', { status: 503, cause });
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ready' };
  });
}
