import { randomUUID } from 'node:crypto';
import {
  ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { SupportBot } from '../src/bot/support-bot.js';
import { systemClock } from '../src/clock.js';
import { silentLog } from '../src/log.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { Stores } from '../src/store/stores.js';
import { ConfigSchema } from '../src/config/config-schema.js';
import type { Talker } from './conversation-scripts.js';

/**
 * The smallest adapter that runs a turn: no HTTP, no auth, replies collected in memory. What it adds
 * to SupportBot.run is botbuilder's TurnContext and middleware set, which every real adapter adds too.
 */
class InMemoryAdapter extends BotAdapter {
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies = context.turnState.get('bench.replies') as Partial<Activity>[];
    replies.push(...activities);
    return activities.map(() => ({ id: randomUUID() }));
  }
  override async updateActivity(): Promise<void> {}
  override async deleteActivity(): Promise<void> {}
  override async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {}

  async turn(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const replies: Partial<Activity>[] = [];
    context.turnState.set('bench.replies', replies);
    await this.runMiddleware(context, logic);
    return replies;
  }
}

/**
 * SupportBot built as src/app.ts builds it, with the config schema's defaults, over the given stores
 * and KB; without media, LLM or agents' desk, which no turn of the scripts reaches.
 */
export function createInProcessBot(stores: Stores, kb: KnowledgeBase, overrides: { visitSlotCapacity?: number } = {}) {
  const config = ConfigSchema.parse({});
  const bot = new SupportBot({
    stores, kb, clock: systemClock, log: silentLog,
    policy: {
      sla: { responseHours: config.SLA_RESPONSE_HOURS, onSiteHours: config.SLA_ONSITE_HOURS, progressHours: config.SLA_PROGRESS_HOURS },
      warrantyMonths: config.WARRANTY_MONTHS,
      visitSlotCapacity: overrides.visitSlotCapacity ?? config.VISIT_SLOT_CAPACITY,
      timeZone: config.TIMEZONE,
      threeStrikesWindowDays: config.THREE_STRIKES_WINDOW_DAYS,
    },
    limits: {
      maxMessageChars: config.MAX_MESSAGE_CHARS,
      dedupeTtlMs: config.DEDUPE_TTL_MS,
      turnLock: { ttlMs: config.TURN_LOCK_TTL_MS, waitMs: config.TURN_LOCK_WAIT_MS },
      customerRate: config.CUSTOMER_RATE_MAX > 0 ? { max: config.CUSTOMER_RATE_MAX, windowMs: config.CUSTOMER_RATE_WINDOW_MS } : undefined,
    },
  });
  const adapter = new InMemoryAdapter();
  adapter.onTurnError = async (_context, err) => { throw err; };

  /**
   * A fresh customer; each call of `say`/`join` is one turn, timed into `onTurn`: wall time, the
   * process's CPU time over the turn (on a busy machine it excludes the waits for a core), and the
   * turn's start on the performance.now() clock, which GC entries share.
   */
  return function customer(onTurn: (ms: number, cpuMs: number, startedAt: number) => void): Talker {
    const conversation = { id: `bench-${randomUUID()}` };
    const from = { id: `user-${randomUUID()}`, name: '王女士', role: 'user' };
    const recipient = { id: 'bot', role: 'bot' };
    let sequence = 0;
    const turn = async (activity: Partial<Activity>) => {
      const full = { channelId: 'test', serviceUrl: 'http://127.0.0.1:1/unused', conversation, from, recipient, id: `${conversation.id}-${(sequence += 1)}`, ...activity } as Partial<Activity>;
      const startedAt = performance.now();
      const cpu = process.cpuUsage();
      const replies = await adapter.turn(full, bot.run);
      const used = process.cpuUsage(cpu);
      onTurn(performance.now() - startedAt, (used.user + used.system) / 1000, startedAt);
      return replies.map((r) => r.text ?? '').join('\n');
    };
    return {
      join: () => turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [from] }),
      say: (text) => turn({ type: ActivityTypes.Message, text }),
    };
  };
}
