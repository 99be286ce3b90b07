import type { FastifyInstance, onRequestHookHandler, onResponseHookHandler } from 'fastify';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { RateCounter } from '../bot/rate-counter.js';
import { AppError } from '../errors.js';

export interface UnverifiedCallerLimitOptions {
  /** Refused requests one address may cause per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
  /** `METHOD path` of the routes whose callers prove who they are (a JWT, a signature). */
  routes: ReadonlySet<string>;
  /** Shared by every process, so an address is counted wherever its requests land. */
  counter: RateCounter;
  clock: Clock;
  log: Log;
}

/** Addresses remembered as refused; a flood from more addresses than this forgets the oldest first. */
const MAX_REFUSED = 10_000;

/**
 * The per-address limit for endpoints whose callers authenticate. Verified traffic is not counted here:
 * behind Azure Bot Service or WeChat every customer arrives from a few addresses, and their limit is
 * per customer, after verification (customer-rate-limit.ts). What an address is counted for is what it
 * was refused for (401, 403, a malformed body's 400); once past the limit it is refused before its credentials are read, for
 * one window. Each process learns of the refusal from the shared count at the address's next failure,
 * so across N processes an address gets at most N − 1 extra tries.
 */
export function registerUnverifiedCallerLimit(app: FastifyInstance, options: UnverifiedCallerLimitOptions): void {
  if (options.max <= 0) return;
  const refusedUntil = new Map<string, number>();
  const retryAfterSeconds = Math.ceil(options.windowMs / 1000);

  const refuseKnown: onRequestHookHandler = async (request, reply) => {
    const until = refusedUntil.get(request.ip);
    if (until === undefined) return;
    if (until <= options.clock.now().getTime()) {
      refusedUntil.delete(request.ip);
      return;
    }
    reply.header('retry-after', String(Math.ceil((until - options.clock.now().getTime()) / 1000)));
    throw new AppError('HTTP_RATE_LIMITED', `Too many refused requests from this address; try again in ${retryAfterSeconds} seconds.`, { status: 429 });
  };

  const countRefusal: onResponseHookHandler = async (request, reply) => {
    // Any refusal but our own 429: a malformed body is answered before its credentials are checked.
    if (reply.statusCode < 400 || reply.statusCode >= 500 || reply.statusCode === 429) return;
    const address = request.ip;
    // A store outage must not turn into refusals of channels that are fine: the failure is only not counted.
    const count = await options.counter.hit(`unverified:${address}`, options.windowMs).catch(() => 0);
    if (count <= options.max) return;
    if (refusedUntil.size >= MAX_REFUSED) refusedUntil.delete(refusedUntil.keys().next().value!);
    refusedUntil.set(address, options.clock.now().getTime() + options.windowMs);
    if (count === options.max + 1) {
      options.log.warn({ code: 'HTTP_RATE_LIMITED', address, route: request.routeOptions.url, max: options.max }, 'http.unverified.refused');
    }
  };

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((method) => options.routes.has(`${method} ${route.url}`))) return;
    route.onRequest = [refuseKnown, ...asList(route.onRequest)];
    route.onResponse = [...asList(route.onResponse), countRefusal];
  });
}

function asList<T>(hooks: T | T[] | undefined): T[] {
  return hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
}
