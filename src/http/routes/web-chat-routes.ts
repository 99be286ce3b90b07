import type { FastifyInstance } from 'fastify';
import type { TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import { WebChatInboundSchema, WebChatStreamQuerySchema } from '../schemas.js';
import { bearerOf } from '../auth.js';
import type { WebChatAdapter } from '../../channels/web/web-chat-adapter.js';
import type { WebChatHub } from '../../channels/web/web-chat-hub.js';
import type { WebChatSessions } from '../../channels/web/web-chat-session.js';
import type { StreamSlots } from '../../channels/web/stream-slots.js';
import { toActivity } from '../../channels/web/to-activity.js';
import { fromActivity } from '../../channels/web/from-activity.js';

export interface WebChatRouteDeps {
  adapter: WebChatAdapter;
  hub: WebChatHub;
  sessions: WebChatSessions;
  /** Caps on live streams per session and per address. */
  streams: StreamSlots;
  clock: Clock;
  logic: (turn: TurnContext) => Promise<void>;
}

/** Proxies close idle connections; a comment line this often keeps the stream open. */
const KEEP_ALIVE_MS = 25_000;

/**
 * The web chat page's API: start a session, post an activity (replies come back in the response),
 * and a Server-Sent Events stream for what arrives between turns (agents, ticket updates). The
 * session token travels only in the Authorization header; the stream URL carries a ticket that
 * expires within a minute. A token past half its life comes back renewed as `session`.
 */
export function registerWebChatRoutes(app: FastifyInstance, deps: WebChatRouteDeps): void {
  app.post('/api/webchat/sessions', async (_request, reply) => {
    const { session, token, expiresAt } = deps.sessions.create();
    return reply.code(201).send({ ...session, token, expiresAt });
  });

  app.post('/api/webchat/activities', async (request) => {
    const session = await deps.sessions.verify(bearerOf(request.headers.authorization));
    const body = WebChatInboundSchema.parse(request.body);
    const replies = await deps.adapter.processActivity(toActivity(body, session, deps.clock.now()), deps.logic);
    return { activities: replies.map(fromActivity), session: deps.sessions.renewal(session) };
  });

  app.post('/api/webchat/stream-tickets', async (request, reply) => {
    const session = await deps.sessions.verify(bearerOf(request.headers.authorization));
    const { token: ticket, expiresAt } = deps.sessions.streamTicket(session);
    return reply.code(201).send({ ticket, expiresAt, session: deps.sessions.renewal(session) });
  });

  app.get('/api/webchat/stream', async (request, reply) => {
    const { ticket } = WebChatStreamQuerySchema.parse(request.query);
    const session = await deps.sessions.verifyStreamTicket(ticket);
    const release = deps.streams.acquire(session.conversationId, request.ip);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    raw.write(': connected\n\n');
    const unsubscribe = deps.hub.subscribe(session.conversationId, (activity) => {
      raw.write(`event: activity\ndata: ${JSON.stringify(fromActivity(activity))}\n\n`);
    });
    // A deletion request revokes the customer's sessions; an open stream learns it at the next ping.
    const keepAlive = setInterval(() => {
      raw.write(': ping\n\n');
      deps.sessions.isRevoked(session).then((revoked) => { if (revoked) raw.end(); }, () => undefined);
    }, KEEP_ALIVE_MS);
    request.raw.on('close', () => { clearInterval(keepAlive); unsubscribe(); release(); });
  });
}
