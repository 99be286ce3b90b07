import type { FastifyInstance } from 'fastify';
import type { TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import { WebChatInboundSchema } from '../schemas.js';
import type { WebChatAdapter } from '../../channels/web/web-chat-adapter.js';
import type { WebChatHub } from '../../channels/web/web-chat-hub.js';
import type { WebChatSessions } from '../../channels/web/web-chat-session.js';
import { toActivity } from '../../channels/web/to-activity.js';
import { fromActivity } from '../../channels/web/from-activity.js';

export interface WebChatRouteDeps {
  adapter: WebChatAdapter;
  hub: WebChatHub;
  sessions: WebChatSessions;
  clock: Clock;
  logic: (turn: TurnContext) => Promise<void>;
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * The web chat page's API: start a session, post an activity (replies come back in the response),
 * and a Server-Sent Events stream for what arrives between turns (agents, ticket updates).
 */
export function registerWebChatRoutes(app: FastifyInstance, deps: WebChatRouteDeps): void {
  app.post('/api/webchat/sessions', async (_request, reply) => {
    const { session, token } = deps.sessions.create();
    return reply.code(201).send({ ...session, token });
  });

  app.post('/api/webchat/activities', async (request) => {
    const session = deps.sessions.verify(bearer(request.headers.authorization));
    const body = WebChatInboundSchema.parse(request.body);
    const replies = await deps.adapter.processActivity(toActivity(body, session, deps.clock.now()), deps.logic);
    return { activities: replies.map(fromActivity) };
  });

  app.get<{ Querystring: { token?: string } }>('/api/webchat/stream', async (request, reply) => {
    const session = deps.sessions.verify(request.query.token);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    raw.write(': connected\n\n');
    const unsubscribe = deps.hub.subscribe(session.conversationId, (activity) => {
      raw.write(`event: activity\ndata: ${JSON.stringify(fromActivity(activity))}\n\n`);
    });
    // Proxies close idle connections; a comment line every 25 s keeps the stream open.
    const keepAlive = setInterval(() => raw.write(': ping\n\n'), 25_000);
    request.raw.on('close', () => { clearInterval(keepAlive); unsubscribe(); });
  });
}
