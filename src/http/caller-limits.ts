import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { RateCounter } from '../bot/rate-counter.js';
import { registerIpRateLimit, type IpRateLimitOptions } from './ip-rate-limit.js';
import { registerUnverifiedCallerLimit } from './unverified-caller-limit.js';
import { WECHAT_OFFICIAL_PATH } from './routes/wechat-official-routes.js';

export interface CallerLimitOptions extends Omit<IpRateLimitOptions, 'routes'> {
  /** Refused requests per address and window on the verified channel endpoints. */
  unverifiedMax: number;
}

/** Which customer-facing endpoints verify their callers, from what the server serves. */
export interface CallerLimitRoutes {
  botFramework: 'authenticated' | 'anonymous' | 'off';
  wechatOfficial: boolean;
  slackEndpoint?: string;
}

/**
 * The per-address limits, by who the caller is: anonymous endpoints count every request; endpoints
 * whose callers prove who they are count only the refused ones, as verified traffic is the channel's
 * few addresses speaking for many customers (limited per customer in the turn instead).
 */
export function registerCallerLimits(
  app: FastifyInstance, options: CallerLimitOptions, routes: CallerLimitRoutes, deps: { counter: RateCounter; clock: Clock; log: Log },
): void {
  const verified = new Set<string>();
  if (routes.botFramework === 'authenticated') verified.add('POST /api/messages');
  if (routes.wechatOfficial) verified.add(`POST ${WECHAT_OFFICIAL_PATH}`);
  if (routes.slackEndpoint) verified.add(`POST ${routes.slackEndpoint}`);
  registerIpRateLimit(app, { ...options, routes: routes.botFramework === 'authenticated' ? /^\/api\/webchat\// : /^\/api\/(messages|webchat\/)/ });
  registerUnverifiedCallerLimit(app, { max: options.unverifiedMax, windowMs: options.windowMs, routes: verified, ...deps });
}
