import Fastify, { type FastifyInstance } from 'fastify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import { AppError } from '../errors.js';
import type { WebChatAdapter } from '../channels/web/web-chat-adapter.js';
import type { WebChatHub } from '../channels/web/web-chat-hub.js';
import type { WebChatSessions } from '../channels/web/web-chat-session.js';
import { httpErrorHandler } from './error-handler.js';
import { staffAuth, type StaffToken } from './auth.js';
import { registerBotFrameworkRoutes } from './routes/bot-framework-routes.js';
import { registerWebChatRoutes } from './routes/web-chat-routes.js';
import { registerTicketRoutes } from './routes/ticket-routes.js';
import { registerPageRoutes } from './routes/page-routes.js';

export interface ServerDeps {
  log: Log;
  clock: Clock;
  stores: Stores;
  logic: (turn: TurnContext) => Promise<void>;
  cloudAdapter: CloudAdapter;
  webChat: { adapter: WebChatAdapter; hub: WebChatHub; sessions: WebChatSessions };
  staffTokens: readonly StaffToken[];
  bodyLimitBytes: number;
}

/** Builds the HTTP server; listening is the caller's choice, so tests can use inject(). */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({ bodyLimit: deps.bodyLimitBytes, logger: false });
  app.setErrorHandler(httpErrorHandler(deps.log));
  app.setNotFoundHandler((request) => {
    throw new AppError('HTTP_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`, { status: 404 });
  });
  const requireRole = staffAuth(deps.staffTokens);
  registerPageRoutes(app);
  registerBotFrameworkRoutes(app, deps.cloudAdapter, deps.logic);
  registerWebChatRoutes(app, { ...deps.webChat, clock: deps.clock, logic: deps.logic });
  registerTicketRoutes(app, deps.stores.tickets, requireRole('agent'));
  return app;
}
