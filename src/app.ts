import { createHash, randomBytes } from 'node:crypto';
import { ConversationState } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config-schema.js';
import { systemClock, type Clock } from './clock.js';
import { silentLog, type Log } from './log.js';
import { openStores } from './store/open-stores.js';
import type { Stores } from './store/stores.js';
import { loadArticles } from './kb/load-articles.js';
import { createBm25KnowledgeBase } from './kb/create-bm25-knowledge-base.js';
import { watchArticles } from './kb/article-watcher.js';
import { SupportBot } from './bot/support-bot.js';
import { turnErrorHandler } from './bot/turn-error.js';
import { createCloudAdapter } from './channels/bot-framework/create-cloud-adapter.js';
import { WebChatAdapter } from './channels/web/web-chat-adapter.js';
import { WebChatHub } from './channels/web/web-chat-hub.js';
import { WebChatSessions } from './channels/web/web-chat-session.js';
import { WebChatMessenger } from './channels/web/web-chat-messenger.js';
import { CustomerMessenger } from './bot/customer-messenger.js';
import { buildServer } from './http/server.js';

export interface App {
  server: FastifyInstance;
  stores: Stores;
  /** Reaches any customer on their own channel, outside their turn. */
  messenger: CustomerMessenger;
  adminToken: string;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  log?: Log;
  /** Reload articles when files change (off in tests that do not exercise it). */
  watchKnowledgeBase?: boolean;
}

/** The composition root's body: builds every part once, in dependency order. Nothing starts listening here. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const stores = await openStores({ dataDir: config.DATA_DIR, redis: config.REDIS_URL ? { url: config.REDIS_URL } : undefined });

  const loaded = await loadArticles(config.KB_DIR);
  for (const problem of loaded.problems) log.warn({ code: 'KB_ARTICLE_INVALID', ...problem }, 'kb.article.skipped');
  const kb = await createBm25KnowledgeBase(loaded.articles);
  const stopWatching = options.watchKnowledgeBase === false ? () => {} : watchArticles(config.KB_DIR, async (result) => {
    for (const problem of result.problems) log.warn({ code: 'KB_ARTICLE_INVALID', ...problem }, 'kb.article.skipped');
    await kb.replaceArticles(result.articles);
    log.info({ articles: result.articles.length }, 'kb.reloaded');
  }, { onError: (err) => log.error({ code: 'KB_ARTICLE_INVALID', err }, 'kb.reload.failed') });

  const bot = new SupportBot({
    stores,
    kb,
    clock,
    log,
    conversationState: new ConversationState(stores.storage),
    policy: {
      sla: { responseHours: config.SLA_RESPONSE_HOURS, onSiteHours: config.SLA_ONSITE_HOURS, progressHours: config.SLA_PROGRESS_HOURS },
      warrantyMonths: config.WARRANTY_MONTHS,
      visitSlotCapacity: config.VISIT_SLOT_CAPACITY,
      timeZone: config.TIMEZONE,
    },
    limits: { maxMessageChars: config.MAX_MESSAGE_CHARS, dedupeTtlMs: config.DEDUPE_TTL_MS },
  });

  const onTurnError = turnErrorHandler(log);
  const cloudAdapter = createCloudAdapter(config);
  cloudAdapter.onTurnError = onTurnError;
  const hub = new WebChatHub();
  const webChatAdapter = new WebChatAdapter(hub);
  webChatAdapter.onTurnError = onTurnError;
  const messenger = new CustomerMessenger(stores.transcripts, clock);
  messenger.register(new WebChatMessenger(hub));

  const adminToken = config.ADMIN_TOKEN ?? randomBytes(24).toString('base64url');
  // Derived from the admin token so every process of one deployment accepts the same web chat sessions.
  const sessionSecret = createHash('sha256').update(`webchat:${adminToken}`).digest('hex');
  const server = buildServer({
    log,
    clock,
    stores,
    logic: bot.run,
    cloudAdapter,
    webChat: { adapter: webChatAdapter, hub, sessions: new WebChatSessions(sessionSecret) },
    staffTokens: [{ token: adminToken, roles: ['admin'] }],
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
  });

  return {
    server,
    stores,
    messenger,
    adminToken,
    async close() {
      stopWatching();
      await server.close();
      await stores.close();
    },
  };
}
