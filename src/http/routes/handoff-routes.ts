import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { AppError } from '../../errors.js';
import type { Clock } from '../../clock.js';
import type { TranscriptStore } from '../../bot/transcript.js';
import type { Agent, HandoffService } from '../../handoff/handoff-service.js';
import type { LiveEvents } from '../../handoff/live-events.js';
import type { HandoffRequest } from '../../handoff/handoff-request.js';
import type { DescribeConversation } from '../../bot/conversation-context.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { articleMessage } from '../../handoff/article-message.js';
import { staffOf } from '../auth.js';
import {
  AgentMessageBodySchema, ArticleBodySchema, ClaimAnswerSchema, ConversationParamsSchema, MessageAnswerSchema, QueueAnswerSchema,
  ReleaseAnswerSchema, ReleaseBodySchema, TranscriptAnswerSchema, TranscriptQuerySchema, senderOf,
} from '../handoff-schemas.js';

export interface HandoffRouteDeps {
  service: HandoffService;
  transcripts: TranscriptStore;
  events: LiveEvents;
  describe: DescribeConversation;
  kb: KnowledgeBase;
  clock: Clock;
  /** requireRole('agent', 'supervisor'): supervisors need not also be agents. */
  requireStaff: onRequestHookHandler;
}

const consolePage = fileURLToPath(new URL('../pages/agent-console.html', import.meta.url));

/** The caller as the handoff rules see them: supervisors (and admin) may act on others' conversations. */
export function agentOf(request: FastifyRequest): Agent {
  const staff = staffOf(request);
  return { id: staff.id, name: staff.id, supervisor: staff.roles.includes('supervisor') || staff.roles.includes('admin') };
}

/** The staff API under the agent console and the Slack desk; the rules themselves live in HandoffService. */
export function registerHandoffRoutes(app: FastifyInstance, deps: HandoffRouteDeps): void {
  const guarded = { onRequest: deps.requireStaff };
  const page = readFileSync(consolePage, 'utf8');

  app.get('/console', async (_request, reply) => reply.headers({
    'content-type': 'text/html; charset=utf-8',
    // Everything a customer or agent typed is rendered with textContent; this forbids any script the page did not ship.
    'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
  }).send(page));

  app.get('/api/handoff', guarded, async () => {
    const entries = await deps.service.list();
    return QueueAnswerSchema.parse({ queue: entries.map(({ request, ...position }) => ({ ...request, ...position })) });
  });

  app.post('/api/handoff/:conversationId/claim', guarded, async (request) => {
    const { conversationId } = ConversationParamsSchema.parse(request.params);
    return ClaimAnswerSchema.parse({ request: await deps.service.claim(conversationId, agentOf(request)) });
  });

  app.post('/api/handoff/:conversationId/messages', guarded, async (request, reply) => {
    const { conversationId } = ConversationParamsSchema.parse(request.params);
    const { text } = AgentMessageBodySchema.parse(request.body);
    await deps.service.reply(conversationId, agentOf(request), text);
    return reply.code(201).send(MessageAnswerSchema.parse({ delivered: true, at: deps.clock.now().toISOString() }));
  });

  app.post('/api/handoff/:conversationId/article', guarded, async (request, reply) => {
    const { conversationId } = ConversationParamsSchema.parse(request.params);
    const { articleId } = ArticleBodySchema.parse(request.body);
    const article = deps.kb.get(articleId);
    if (!article) throw new AppError('KB_ARTICLE_NOT_FOUND', `No article ${articleId}.`, { status: 404, details: { articleId } });
    const language = (await deps.service.get(conversationId))?.language ?? 'zh';
    await deps.service.reply(conversationId, agentOf(request), articleMessage(article, language));
    return reply.code(201).send(MessageAnswerSchema.parse({ delivered: true, at: deps.clock.now().toISOString() }));
  });

  app.post('/api/handoff/:conversationId/release', guarded, async (request) => {
    const { conversationId } = ConversationParamsSchema.parse(request.params);
    const { resumeAt } = ReleaseBodySchema.parse(request.body ?? {});
    await deps.service.release(conversationId, agentOf(request), resumeAt);
    return ReleaseAnswerSchema.parse({ released: true, resumeAt });
  });

  app.get('/api/conversations/:conversationId/transcript', guarded, async (request) => {
    const { conversationId } = ConversationParamsSchema.parse(request.params);
    const { limit } = TranscriptQuerySchema.parse(request.query);
    const handoff = await deps.service.get(conversationId);
    mayRead(agentOf(request), conversationId, handoff);
    const entries = await deps.transcripts.read(conversationId, limit);
    return TranscriptAnswerSchema.parse({
      conversationId,
      entries: entries.map((entry) => ({ ...entry, sender: senderOf(entry.from) })),
      context: await deps.describe(handoff),
    });
  });

  app.get('/api/handoff/events', guarded, async (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    raw.write(': connected\n\n');
    const unsubscribe = deps.events.subscribe((event) => raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
    // Proxies close idle connections; a comment line every 25 s keeps the stream open.
    const keepAlive = setInterval(() => raw.write(': ping\n\n'), 25_000);
    request.raw.on('close', () => { clearInterval(keepAlive); unsubscribe(); });
  });
}

/**
 * An agent reads conversations that are waiting for a person or held by them; a supervisor reads
 * any. Customers' words are personal data, read only by whoever is serving them.
 */
function mayRead(agent: Agent, conversationId: string, handoff: HandoffRequest | undefined): void {
  if (agent.supervisor) return;
  if (handoff && (!handoff.claimedBy || handoff.claimedBy === agent.id)) return;
  throw new AppError('HTTP_FORBIDDEN', 'Agents read conversations that are queued or theirs; ask a supervisor.', {
    status: 403, details: { conversationId },
  });
}
