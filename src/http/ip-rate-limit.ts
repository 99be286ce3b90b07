import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { AppError } from '../errors.js';
import { createRedisClient, type RedisClient, type RedisConnectionOptions } from '../store/redis/open-redis.js';

export interface IpRateLimitOptions {
  /** Requests per window from one IP; 0 turns the limit off. */
  max: number;
  windowMs: number;
  /** Counts in Redis when given, so every process of a deployment shares them; else in this process. */
  redis?: RedisConnectionOptions;
  /**
   * What anonymous customers call (web chat; /api/messages when it takes anonymous callers); staff
   * routes are guarded by tokens, verified channels by unverified-caller-limit.ts. Tested against the
   * route's registered path when the route is added, never against a request's URL: `/%61pi/messages`
   * reaches the same route as `/api/messages` and so meets the same limit.
   */
  routes: RegExp;
}

/** Per-IP limit on the anonymous customer-facing endpoints, answered 429 {code: HTTP_RATE_LIMITED, message}. */
export function registerIpRateLimit(app: FastifyInstance, options: IpRateLimitOptions): void {
  if (options.max <= 0) return;
  // Same fail-fast settings as the stores: a Redis outage must not stall requests (skipOnError lets them through).
  const redis = options.redis ? createRedisClient(options.redis) : undefined;
  redis?.on('error', () => undefined);
  if (redis) {
    redis.connect().catch(() => undefined);
    // Until connected every count would be skipped; the stores already waited for Redis, so this is short.
    app.addHook('onReady', () => connected(redis));
    app.addHook('onClose', async () => { await redis.quit().catch(() => redis.disconnect()); });
  }
  app.register(rateLimit, {
    // Not global: the plugin hooks routes as they are added, and ours are added before it loads.
    global: false,
    max: options.max,
    timeWindow: options.windowMs,
    redis,
    nameSpace: 'osb:ip-rate:',
    skipOnError: true,
    errorResponseBuilder: (_request, context) => new AppError('HTTP_RATE_LIMITED', `Too many requests from this address; try again in ${context.after}.`, {
      status: 429, details: { max: context.max },
    }),
  });
  let limit: ReturnType<FastifyInstance['rateLimit']> | undefined;
  const limitIp: onRequestHookHandler = async function limitIp(request, reply) {
    // The decorator exists once the plugin has loaded, which is before the first request.
    limit ??= app.rateLimit();
    await limit.call(this, request, reply);
  };
  // Routes are added after this hook (buildServer registers the limit first); each customer route gets the limit first in its onRequest.
  app.addHook('onRoute', (route) => {
    if (!options.routes.test(route.url)) return;
    const own = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [limitIp, ...own];
  });
}

function connected(redis: RedisClient): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); redis.off('ready', done); resolve(); };
    const timer = setTimeout(done, 2_000);
    redis.once('ready', done);
  });
}
