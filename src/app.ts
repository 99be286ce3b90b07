import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
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
import { RedisRelay } from './store/redis/redis-relay.js';
import { redisConnectionFrom } from './store/redis-connection.js';
import { WebChatSessions } from './channels/web/web-chat-session.js';
import { StreamSlots } from './channels/web/stream-slots.js';
import { WEBCHAT_CHANNEL_ID } from './channels/web/to-activity.js';
import { CHOICE_CHANNELS, choicesKey } from './channels/wechat/choices-key.js';
import { CustomerDeletions } from './privacy/customer-deletions.js';
import { WebChatMessenger } from './channels/web/web-chat-messenger.js';
import { CustomerMessenger } from './bot/customer-messenger.js';
import type { WechatChannel, WechatPuppet } from './channels/wechat/start-wechat-channel.js';
import { FsAttachmentStore } from './store/files/fs-attachment-store.js';
import { officialAccountSettings, startOfficialAccountChannel, type OfficialAccountChannel } from './channels/wechat-official/start-official-account-channel.js';
import { createWecomKfChannel, wecomKfSettings, type WecomKfChannel } from './channels/wecom-kf/start-wecom-kf-channel.js';
import { conversationKey } from './bot/conversation-key.js';
import { WECOM_KF_CHANNEL_ID } from './channels/wecom-kf/to-activity.js';
import { buildServer } from './http/server.js';
import { composeBackoffice, recordingProgressText } from './backoffice/compose-backoffice.js';
import { createMetrics } from './metrics/metrics.js';
import { countStoreWrites, countTurns, timeSearches } from './metrics/instrument.js';
import { createLanguageModel } from './kb/llm/create-language-model.js';
import { composeHandoff, type HandoffDeskParts } from './compose-handoff.js';
import { SlaClock } from './tickets/sla-clock.js';
import { progressMessage } from '../dialogs/ticket-progress.js';
import { visitNotifier } from './bot/visit-notifier.js';
import { afterVisitTimers } from './tickets/after-visit-timers.js';
import type { SignOffDeps } from './tickets/customer-sign-off.js';
import { mayContact } from './tickets/contact-opt-out.js';
import { staffReopenHandover } from './bot/staff-reopen-handover.js';
import type { Ticket } from './tickets/ticket.js';

export interface App {
  server: FastifyInstance;
  stores: Stores;
  /** Reaches any customer on their own channel, outside their turn. */
  messenger: CustomerMessenger;
  /** Fires SLA escalations and progress reports; tests drive it with tick(). */
  slaClock: SlaClock;
  adminToken: string;
  /** The agents' desk: queue, claims, live events (tests call handoff.service.requeueIdle()). */
  handoff: HandoffDeskParts;
  /** Present when WECHAT_ENABLED. */
  wechat?: WechatChannel;
  /** Present when WECHAT_OA_ENABLED. */
  wechatOfficial?: OfficialAccountChannel;
  /** Present when WECOM_KF_ENABLED. */
  wecomKf?: WecomKfChannel;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  log?: Log;
  /** Reload articles when files change (off in tests that do not exercise it). */
  watchKnowledgeBase?: boolean;
  /** A ready-made Wechaty puppet (tests pass wechaty-puppet-mock) instead of resolving WECHATY_PUPPET. */
  wechatPuppet?: WechatPuppet;
  /** Poll the SLA schedule every SLA_POLL_MS (default on); tests that call slaClock.tick() may switch it off. */
  startSlaClock?: boolean;
  /** Requeue idle agents' conversations on a timer (default on); tests call handoff.service.requeueIdle(). */
  startIdleSweep?: boolean;
}

/** The composition root's body: builds every part once, in dependency order. Nothing starts listening here. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const redis = redisConnectionFrom(config);
  const stores = await openStores({ dataDir: config.DATA_DIR, redis });
  // Prometheus figures (/metrics): counted where tickets and handoffs are stored, so every path counts.
  const metrics = createMetrics();
  countStoreWrites(stores, metrics);

  const loaded = await loadArticles(config.KB_DIR);
  for (const problem of loaded.problems) log.warn({ code: 'KB_ARTICLE_INVALID', ...problem }, 'kb.article.skipped');
  const kb = timeSearches(await createBm25KnowledgeBase(loaded.articles), metrics);
  const stopWatching = options.watchKnowledgeBase === false ? () => {} : watchArticles(config.KB_DIR, async (result) => {
    for (const problem of result.problems) log.warn({ code: 'KB_ARTICLE_INVALID', ...problem }, 'kb.article.skipped');
    await kb.replaceArticles(result.articles);
    log.info({ articles: result.articles.length }, 'kb.reloaded');
  }, { onError: (err) => log.error({ code: 'KB_ARTICLE_INVALID', err }, 'kb.reload.failed') });

  // Trainers' editor and supervisors' reports; publishing swaps this index (and every other process's).
  const backoffice = await composeBackoffice(config, { stores, kb, clock, log });
  const messenger = new CustomerMessenger(stores.transcripts, clock);
  // Built before the desk: its handoffs of WeCom customers move WeCom's session state too.
  const wecomKf = config.WECOM_KF_ENABLED
    ? createWecomKfChannel({ settings: wecomKfSettings(config), storage: stores.storage, lock: stores.turnLock, clock, log })
    : undefined;
  const handoffStores = wecomKf ? { ...stores, handoffs: wecomKf.watchHandoffs(stores.handoffs) } : stores;
  const handoff = await composeHandoff(config, { stores: handoffStores, kb, messenger, clock, log });
  if (options.startIdleSweep !== false) handoff.startIdleSweep();

  // The visit's moves, the sign-off and the care check-in share these (issue 16).
  const contactable = (ticket: Ticket) => mayContact(stores.tickets, ticket);
  const ticketSla = { progressHours: config.SLA_PROGRESS_HOURS };
  const signOffDeps: SignOffDeps = {
    store: stores.tickets, schedule: stores.slaSchedule, clock, sla: ticketSla, servicePoints: config.SERVICE_POINTS,
    notify: visitNotifier(messenger, log, { timeZone: config.TIMEZONE, signoffTimeoutHours: config.SIGNOFF_TIMEOUT_HOURS, mayContact: contactable }),
    signoffTimeoutHours: config.SIGNOFF_TIMEOUT_HOURS,
    careAfterDays: config.CARE_ENABLED ? config.CARE_AFTER_DAYS : undefined,
    threeStrikesWindowDays: config.THREE_STRIKES_WINDOW_DAYS,
  };

  const llm = createLanguageModel(config, log);
  if (llm) log.info({ model: config.LLM_MODEL, baseUrl: config.LLM_BASE_URL, timeoutMs: config.LLM_TIMEOUT_MS }, 'llm.enabled');
  const attachments = new FsAttachmentStore(join(config.DATA_DIR, 'attachments'));
  const bot = new SupportBot({
    handoff: handoff.service,
    stores,
    kb,
    llm,
    clock,
    log,
    signOff: signOffDeps,
    policy: {
      sla: { responseHours: config.SLA_RESPONSE_HOURS, onSiteHours: config.SLA_ONSITE_HOURS, progressHours: config.SLA_PROGRESS_HOURS },
      warrantyMonths: config.WARRANTY_MONTHS,
      visitSlotCapacity: config.VISIT_SLOT_CAPACITY,
      timeZone: config.TIMEZONE,
      threeStrikesWindowDays: config.THREE_STRIKES_WINDOW_DAYS,
      phoneRegion: config.PHONE_DEFAULT_REGION,
    },
    limits: {
      maxMessageChars: config.MAX_MESSAGE_CHARS,
      dedupeTtlMs: config.DEDUPE_TTL_MS,
      turnLock: { ttlMs: config.TURN_LOCK_TTL_MS, waitMs: config.TURN_LOCK_WAIT_MS },
      customerRate: config.CUSTOMER_RATE_MAX > 0 ? { max: config.CUSTOMER_RATE_MAX, windowMs: config.CUSTOMER_RATE_WINDOW_MS } : undefined,
    },
    media: {
      files: attachments,
      policy: { maxBytes: config.WECHAT_MAX_ATTACHMENT_BYTES, allowedTypes: config.WECHAT_ATTACHMENT_TYPES },
    },
  });

  const logic = countTurns(bot.run, metrics);
  const onTurnError = turnErrorHandler(log);
  const cloudAdapter = createCloudAdapter(config);
  const botFrameworkMode = config.MicrosoftAppId ? 'authenticated' : config.BOT_FRAMEWORK_ANONYMOUS ? 'anonymous' : 'off';
  if (botFrameworkMode === 'anonymous') {
    log.warn({ route: '/api/messages' }, 'bot-framework.anonymous: POST /api/messages accepts unauthenticated callers (BOT_FRAMEWORK_ANONYMOUS=true); use it for the Emulator and local tools only');
  }
  cloudAdapter.onTurnError = onTurnError;
  // Several processes behind one Redis: a page's live stream may be held by another process.
  const hub = new WebChatHub(redis ? await RedisRelay.open({ ...redis, channel: 'osb:webchat' }) : undefined);
  const webChatAdapter = new WebChatAdapter(hub);
  webChatAdapter.onTurnError = onTurnError;
  messenger.register(new WebChatMessenger(hub));
  const slaClock = new SlaClock({
    schedule: stores.slaSchedule, tickets: stores.tickets, clock, log, notifier: messenger,
    progressText: recordingProgressText(progressMessage, stores.conversationEvents, clock, log), policy: { progressHours: config.SLA_PROGRESS_HOURS },
    handlers: afterVisitTimers({ ...signOffDeps, log }),
    mayContact: contactable,
  });
  if (options.startSlaClock !== false) slaClock.start(config.SLA_POLL_MS);

  const wechatOfficial = config.WECHAT_OA_ENABLED
    ? startOfficialAccountChannel({ settings: officialAccountSettings(config), logic, storage: stores.storage, lock: stores.turnLock, clock, log, onTurnError })
    : undefined;
  if (wechatOfficial) messenger.register(wechatOfficial.messenger);
  if (wecomKf) {
    messenger.register(wecomKf.messenger);
    wecomKf.start({ logic, onTurnError, endHandoff: (conversationId) => handoff.service.withdraw(conversationKey(WECOM_KF_CHANNEL_ID, conversationId)) });
  }

  const adminToken = config.ADMIN_TOKEN ?? randomBytes(24).toString('base64url');
  // Derived from the admin token so every process of one deployment accepts the same web chat sessions.
  const sessionSecret = createHash('sha256').update(`webchat:${adminToken}`).digest('hex');
  const sessions = new WebChatSessions({ secret: sessionSecret, ttlMs: config.WEBCHAT_SESSION_TTL_MS, storage: stores.storage, clock });
  const turnLock = { ttlMs: config.TURN_LOCK_TTL_MS, waitMs: config.TURN_LOCK_WAIT_MS };
  const customerDeletions = new CustomerDeletions({
    stores, clock, log, turnLock, files: attachments, retryMs: config.TURN_LOCK_TTL_MS,
    revokeSessions: async (customer) => { if (customer.channel === WEBCHAT_CHANNEL_ID) await sessions.revoke(customer.userId); },
    channelStateKeys: (channel, conversationId) => (CHOICE_CHANNELS.has(channel) ? [choicesKey(channel, conversationId)] : []),
  });
  await customerDeletions.resumePending().catch((err: unknown) => log.error({ code: 'STORE_UNAVAILABLE', err }, 'customer.data.deletion.resume.failed'));
  const server = buildServer({
    log,
    clock,
    stores,
    logic,
    cloudAdapter,
    webChat: {
      adapter: webChatAdapter,
      hub,
      sessions,
      streams: new StreamSlots({ perSession: config.WEBCHAT_STREAMS_PER_SESSION, perAddress: config.WEBCHAT_STREAMS_PER_ADDRESS }),
    },
    staffTokens: [{ token: adminToken, roles: ['admin'], id: 'admin' }, ...config.STAFF_TOKENS],
    ticketPolicy: {
      servicePoints: config.SERVICE_POINTS, sla: ticketSla, careAfterDays: signOffDeps.careAfterDays, threeStrikesWindowDays: config.THREE_STRIKES_WINDOW_DAYS,
      onThirdStrike: staffReopenHandover({ desk: handoff.service, messenger, mayContact: contactable, log }),
    },
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    botFramework: { mode: botFrameworkMode },
    customerDeletions,
    ipRateLimit: { max: config.IP_RATE_MAX, windowMs: config.IP_RATE_WINDOW_MS, redis, unverifiedMax: config.IP_UNVERIFIED_MAX },
    trustProxy: config.TRUST_PROXY,
    handoff: { service: handoff.service, events: handoff.events, describe: handoff.describe, transcripts: stores.transcripts, kb },
    slack: handoff.slack,
    wechatOfficial,
    wecomKf,
    visit: { ...signOffDeps, log, partsDueDays: config.PARTS_DUE_DAYS },
    backoffice,
    metrics,
    metricsToken: config.METRICS_TOKEN,
  });

  // Started last, so nothing above can fail with a puppet already connected. Loaded only when
  // enabled: a web-only deployment never loads Wechaty and its puppets.
  const wechat = config.WECHAT_ENABLED
    ? (await import('./channels/wechat/start-wechat-channel.js')).startWechatChannel({
      config, logic, storage: stores.storage, log, onTurnError, puppet: options.wechatPuppet,
    })
    : undefined;
  if (wechat) messenger.register(wechat.messenger);

  return {
    server,
    stores,
    messenger,
    slaClock,
    wechat,
    wechatOfficial,
    wecomKf,
    adminToken,
    handoff,
    async close() {
      stopWatching();
      await wechat?.stop();
      await wechatOfficial?.drain();
      await wecomKf?.stop();
      await slaClock.stop();
      await server.close();
      await customerDeletions.close();
      await hub.close();
      await handoff.close();
      await backoffice.close();
      await stores.close();
    },
  };
}
