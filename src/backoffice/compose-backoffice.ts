import type { Config } from '../config/config-schema.js';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import type { Article } from '../kb/article-schema.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { createBm25KnowledgeBase } from '../kb/create-bm25-knowledge-base.js';
import { InProcessKbReloadBus, type KbReloadBus } from '../kb/editor/kb-reload-bus.js';
import { RedisKbReloadBus } from '../store/redis/redis-kb-reload-bus.js';
import { redisConnectionFrom } from '../store/redis-connection.js';
import { recordQuietly, type ConversationEvents } from '../bot/conversation-events.js';
import type { Ticket } from '../tickets/ticket.js';
import { createBackoffice, type Backoffice } from './create-backoffice.js';

/** Redis pub/sub when Redis is configured (every process hears a publish), else within this process. */
async function openReloadBus(config: Config): Promise<KbReloadBus> {
  const redis = redisConnectionFrom(config);
  if (!redis) return new InProcessKbReloadBus();
  return RedisKbReloadBus.open({ ...redis, channel: 'osb:kb-reload' });
}

/** Builds the back office (article editor, ask, reports) for the composition root. */
export async function composeBackoffice(
  config: Config,
  parts: { stores: Stores; kb: KnowledgeBase & { replaceArticles(articles: readonly Article[]): Promise<void> }; clock: Clock; log: Log },
): Promise<Backoffice> {
  return createBackoffice({
    kbDir: config.KB_DIR,
    stores: parts.stores,
    kb: parts.kb,
    buildKb: (articles) => createBm25KnowledgeBase(articles),
    bus: await openReloadBus(config),
    clock: parts.clock,
    log: parts.log,
    timeZone: config.TIMEZONE,
    progressHours: config.SLA_PROGRESS_HOURS,
    expectations: config.SATISFACTION_EXPECTATIONS,
  });
}

/**
 * The SLA clock's progress text, also recording that a report went out (progress compliance on the
 * dashboard). Recorded when the text is made, just before the send: a failed send is logged as
 * undelivered by the clock, and still counts as an attempt the desk made in time.
 */
export function recordingProgressText(text: (ticket: Ticket) => string, events: ConversationEvents, clock: Clock, log: Log): (ticket: Ticket) => string {
  return (ticket) => {
    void recordQuietly(events, {
      at: clock.now().toISOString(), kind: 'progress-sent', conversationId: ticket.customer.conversationId,
      channel: ticket.customer.channel, ticketId: ticket.id,
    }, (err) => log.warn({ ticketId: ticket.id, err }, 'report.event.failed'));
    return text(ticket);
  };
}
