import Fastify, { type FastifyInstance } from 'fastify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import type { Ticket } from '../tickets/ticket.js';
import { AppError } from '../errors.js';
import type { WebChatAdapter } from '../channels/web/web-chat-adapter.js';
import type { WebChatHub } from '../channels/web/web-chat-hub.js';
import type { WebChatSessions } from '../channels/web/web-chat-session.js';
import type { StreamSlots } from '../channels/web/stream-slots.js';
import { httpErrorHandler } from './error-handler.js';
import { registerCallerLimits, type CallerLimitOptions } from './caller-limits.js';
import { staffAuth, type StaffToken } from './auth.js';
import type { ServicePointMap } from '../tickets/service-points.js';
import { registerBotFrameworkRoutes, type BotFrameworkRouteOptions } from './routes/bot-framework-routes.js';
import { registerWebChatRoutes } from './routes/web-chat-routes.js';
import { registerTicketRoutes } from './routes/ticket-routes.js';
import { registerHandoffRoutes, type HandoffRouteDeps } from './routes/handoff-routes.js';
import { registerSlackRoutes, type SlackRouteDeps } from './routes/slack-routes.js';
import { registerPageRoutes } from './routes/page-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerNoStore } from './response-headers.js';
import type { Backoffice } from '../backoffice/create-backoffice.js';
import type { Metrics } from '../metrics/metrics.js';
import { registerMetricsRoutes } from './routes/metrics-routes.js';
import { registerArticleRoutes } from './routes/article-routes.js';
import { registerBackofficeRoutes } from './routes/backoffice-routes.js';
import { registerBackofficePages } from './routes/backoffice-page-routes.js';
import { registerCustomerDataRoutes } from './routes/customer-data-routes.js';
import type { OfficialAccountChannel } from '../channels/wechat-official/start-official-account-channel.js';
import { registerWechatOfficialRoutes } from './routes/wechat-official-routes.js';
import type { WecomKfChannel } from '../channels/wecom-kf/start-wecom-kf-channel.js';
import { registerWecomKfRoutes } from './routes/wecom-kf-routes.js';
import type { CustomerDeletions } from '../privacy/customer-deletions.js';
import { registerEngineerRoutes, type EngineerRouteDeps } from './routes/engineer-routes.js';
import { drainRefusedBodies } from './drain-refused-body.js';

export interface ServerDeps {
  log: Log;
  /** Per-address limits on the customer-facing endpoints (caller-limits.ts); none when absent. */
  ipRateLimit?: CallerLimitOptions;
  /** fastify's trustProxy: which proxies' X-Forwarded-For names the client (TRUST_PROXY); false trusts none. */
  trustProxy?: boolean | number | string[];
  clock: Clock;
  stores: Stores;
  logic: (turn: TurnContext) => Promise<void>;
  cloudAdapter: CloudAdapter;
  webChat: { adapter: WebChatAdapter; hub: WebChatHub; sessions: WebChatSessions; streams: StreamSlots };
  staffTokens: readonly StaffToken[];
  /** What moving a ticket needs beyond the stores: dispatch targets, the progress-report interval, the care check-in. */
  ticketPolicy: {
    servicePoints: ServicePointMap; sla: { progressHours: number }; careAfterDays?: number; threeStrikesWindowDays?: number;
    onThirdStrike?: (ticket: Ticket) => Promise<void>;
  };
  bodyLimitBytes: number;
  /** Whether and how POST /api/messages is served (authenticated with MicrosoftAppId, explicitly anonymous, or off). */
  botFramework: BotFrameworkRouteOptions;
  /** The agents' desk: staff API, live stream and the console page at /console. */
  handoff?: Omit<HandoffRouteDeps, 'requireStaff' | 'clock'>;
  /** The Slack desk's endpoint, when SLACK_ENABLED. */
  slack?: SlackRouteDeps;
  /** Trainers' article editor and supervisors' dashboard: APIs and the /trainer and /dashboard pages. */
  backoffice?: Backoffice;
  /** Prometheus figures served at /metrics, behind `token` (METRICS_TOKEN) when it is set. */
  metrics?: Metrics;
  metricsToken?: string;
  /** The Official Account's push endpoint, when WECHAT_OA_ENABLED. */
  wechatOfficial?: OfficialAccountChannel;
  /** WeCom customer service's callback, when WECOM_KF_ENABLED. */
  wecomKf?: WecomKfChannel;
  /** Customers' deletion requests, run to the end even when a conversation is busy in a turn. */
  customerDeletions: CustomerDeletions;
  /** The engineer's page and moves (issue 16). */
  visit?: EngineerRouteDeps;
}

/** Builds the HTTP server; listening is the caller's choice, so tests can use inject(). */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const onError = httpErrorHandler(deps.log);
  // frameworkErrors: a malformed URL or an over-long path parameter is refused by the router itself; same {code, message} shape.
  const app = Fastify({ bodyLimit: deps.bodyLimitBytes, logger: false, frameworkErrors: onError, trustProxy: trustProxyOption(deps.trustProxy) });
  app.setErrorHandler(onError);
  // 64 MB covers a photo or video sent by mistake; beyond that, or slower than 30 s, reading it is the attack.
  drainRefusedBodies(app, { maxBytes: Math.max(64 * 1024 * 1024, deps.bodyLimitBytes * 4), maxMs: 30_000 });
  app.setNotFoundHandler((request) => {
    throw new AppError('HTTP_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`, { status: 404 });
  });
  if (deps.ipRateLimit) {
    registerCallerLimits(app, deps.ipRateLimit, {
      botFramework: deps.botFramework.mode, wechatOfficial: Boolean(deps.wechatOfficial), slackEndpoint: deps.slack?.endpoint,
    }, { counter: deps.stores.rateCounter, clock: deps.clock, log: deps.log });
  }
  registerNoStore(app);
  const requireRole = staffAuth(deps.staffTokens);
  registerPageRoutes(app);
  // Any key will do: a read that reaches the store proves it answers (Redis fails at once when disconnected).
  registerHealthRoutes(app, { storeReady: () => deps.stores.storage.read(['readyz/probe']) });
  registerBotFrameworkRoutes(app, deps.cloudAdapter, deps.logic, deps.botFramework);
  registerWebChatRoutes(app, { ...deps.webChat, clock: deps.clock, logic: deps.logic });
  registerTicketRoutes(app, {
    store: deps.stores.tickets, schedule: deps.stores.slaSchedule, clock: deps.clock, log: deps.log, ...deps.ticketPolicy,
    heldBy: async (agentId) => new Set((await deps.stores.handoffs.list()).filter((held) => held.claimedBy === agentId).map((held) => held.conversationId)),
  }, requireRole('agent', 'supervisor'));
  registerCustomerDataRoutes(app, { deletions: deps.customerDeletions, log: deps.log }, requireRole('admin'));
  if (deps.metrics) registerMetricsRoutes(app, deps.metrics, deps.metricsToken);
  if (deps.backoffice) {
    registerArticleRoutes(app, deps.backoffice, requireRole('trainer'));
    registerBackofficeRoutes(app, deps.backoffice, {
      trainer: requireRole('trainer'), supervisor: requireRole('supervisor'), anyStaff: requireRole('agent', 'supervisor', 'trainer'),
    });
    registerBackofficePages(app);
  }
  if (deps.handoff) registerHandoffRoutes(app, { ...deps.handoff, clock: deps.clock, requireStaff: requireRole('agent', 'supervisor') });
  if (deps.slack) registerSlackRoutes(app, deps.slack);
  if (deps.wechatOfficial) registerWechatOfficialRoutes(app, deps.wechatOfficial);
  if (deps.wecomKf) registerWecomKfRoutes(app, deps.wecomKf);
  if (deps.visit) registerEngineerRoutes(app, deps.visit, requireRole('engineer', 'supervisor'));
  return app;
}

/** A hop count as fastify applies it (its types omit the number form): the n hops nearest us are trusted. */
function trustProxyOption(trust: ServerDeps['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust ?? false;
  return (_address, hop) => hop < trust;
}
