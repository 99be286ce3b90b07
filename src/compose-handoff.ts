import type { Config } from './config/config-schema.js';
import type { Clock } from './clock.js';
import type { Log } from './log.js';
import type { Stores } from './store/stores.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import type { CustomerMessenger } from './bot/customer-messenger.js';
import { HandoffService } from './handoff/handoff-service.js';
import type { LiveEvents } from './handoff/live-events.js';
import { parseWorkingHours } from './handoff/working-hours.js';
import { openLiveEvents } from './store/open-live-events.js';
import { redisConnectionFrom } from './store/redis-connection.js';
import { StorageBotResumer } from './bot/storage-bot-resumer.js';
import { conversationContextReader, type DescribeConversation } from './bot/conversation-context.js';
import { AppError } from './errors.js';
import { SlackDesk } from './channels/slack/slack-desk.js';
import { SlackThreads } from './channels/slack/slack-threads.js';
import type { SlackRouteDeps } from './http/routes/slack-routes.js';

export interface HandoffDeskParts {
  service: HandoffService;
  events: LiveEvents;
  describe: DescribeConversation;
  /** Present when SLACK_ENABLED: bolt's endpoint for our HTTP server. */
  slack?: SlackRouteDeps;
  /** Starts the idle sweep: held conversations whose agent went quiet go back to the queue. */
  startIdleSweep(): void;
  close(): Promise<void>;
}

/** Part of the composition root: the agents' desk and what it runs on. */
export async function composeHandoff(config: Config, parts: { stores: Stores; kb: KnowledgeBase; messenger: CustomerMessenger; clock: Clock; log: Log }): Promise<HandoffDeskParts> {
  const { stores, clock, log } = parts;
  const events = await openLiveEvents({ redis: redisConnectionFrom(config) });
  const service = new HandoffService({
    queue: stores.handoffs,
    transcripts: stores.transcripts,
    messenger: parts.messenger,
    events,
    resumer: new StorageBotResumer(stores.storage),
    clock,
    log,
    policy: {
      idleMs: config.HANDOFF_IDLE_MS,
      minutesPerCustomer: config.HANDOFF_MINUTES_PER_CUSTOMER,
      workingHours: config.WORKING_HOURS ? parseWorkingHours(config.WORKING_HOURS, config.TIMEZONE) : undefined,
      timeZone: config.TIMEZONE,
    },
  });
  const slackDesk = config.SLACK_ENABLED ? openSlackDesk(config, { service, events, threads: new SlackThreads(stores.storage, stores.deliveries), log }) : undefined;
  let sweep: NodeJS.Timeout | undefined;
  return {
    service,
    events,
    slack: slackDesk && {
      endpoint: SLACK_ENDPOINT,
      listener: slackDesk.receiver.requestListener,
      // The same per-person limit as customers' messages: an agent clicking or writing faster is a loop, not work.
      perUser: config.CUSTOMER_RATE_MAX > 0
        ? { signingSecret: config.SLACK_SIGNING_SECRET!, counter: stores.rateCounter, max: config.CUSTOMER_RATE_MAX, windowMs: config.CUSTOMER_RATE_WINDOW_MS, log }
        : undefined,
    },
    describe: conversationContextReader({ storage: stores.storage, tickets: stores.tickets, kb: parts.kb }),
    startIdleSweep() {
      // A quarter of the idle time bounds how late a requeue can be; every process sweeps, the queue's requeue is atomic.
      const everyMs = Math.min(Math.max(config.HANDOFF_IDLE_MS / 4, 1000), 30_000);
      sweep = setInterval(() => {
        service.requeueIdle().catch((err) => log.error({ code: 'STORE_UNAVAILABLE', err }, 'handoff.sweep.failed'));
      }, everyMs);
      sweep.unref();
    },
    async close() {
      clearInterval(sweep);
      slackDesk?.close();
      await events.close();
    },
  };
}

const SLACK_ENDPOINT = '/slack/events';

function openSlackDesk(config: Config, deps: ConstructorParameters<typeof SlackDesk>[1]): SlackDesk {
  const missing = (['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_CHANNEL_ID'] as const).filter((name) => !config[name]);
  if (missing.length) {
    throw new AppError('CONFIG_INVALID', `SLACK_ENABLED needs ${missing.join(', ')} (from the Slack app's settings; see slack-app-manifest.yml).`, { details: { problems: missing } });
  }
  return new SlackDesk({
    botToken: config.SLACK_BOT_TOKEN!, signingSecret: config.SLACK_SIGNING_SECRET!, channelId: config.SLACK_CHANNEL_ID!,
    apiUrl: config.SLACK_API_URL, endpoint: SLACK_ENDPOINT,
  }, deps);
}
