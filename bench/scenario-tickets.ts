import { randomUUID } from 'node:crypto';
import { openRedisStores } from '../src/store/redis/open-redis-stores.js';
import { openTicket, type OpenTicketDeps } from '../src/tickets/open-ticket.js';
import { SlaClock } from '../src/tickets/sla-clock.js';
import { systemClock } from '../src/clock.js';
import { silentLog } from '../src/log.js';
import { ConfigSchema } from '../src/config/config-schema.js';
import type { NewTicket } from '../src/tickets/ticket.js';
import type { Stores } from '../src/store/stores.js';
import { lanes, summarize, timed } from './stats.js';

export interface TicketScenarioOptions {
  redisUrl: string;
  seconds: number;
  concurrency: number;
  /** How often the SLA clock polls the schedule during the run. */
  slaPollMs: number;
  /** Tickets whose response deadline falls a few seconds into the run, to time their escalation. */
  dueTickets: number;
}

/** A ticket as the intake dialog opens it at the end of the Chinese washer conversation. */
function washerTicket(index: number): NewTicket {
  const conversationId = `bench-ticket-${randomUUID()}`;
  return {
    customer: { channel: 'test', userId: `user-${index}-${randomUUID()}`, conversationId },
    language: 'zh', name: '王芳', phone: '13912345678', product: 'washing-machine', model: 'XQG100-D3',
    purchaseDate: '2026-03-01', warranty: 'in', quoteAccepted: false,
    address: '上海市浦东新区张江路88号3栋502', region: '上海',
    visit: { date: '2026-11-25', period: 'afternoon' },
    problem: '我家洗衣机不排水了，桶里全是水', articleId: 'washer-not-draining', stepsTried: 3,
    priority: 'normal', idempotencyKey: `${conversationId}:1`,
  };
}

function ticketDeps(stores: Stores, responseHours?: number): OpenTicketDeps {
  const defaults = ConfigSchema.parse({});
  const sla = { responseHours: responseHours ?? defaults.SLA_RESPONSE_HOURS, onSiteHours: defaults.SLA_ONSITE_HOURS, progressHours: defaults.SLA_PROGRESS_HOURS };
  // As the intake dialog opens tickets: with the SLA schedule and the three-strikes check.
  return { store: stores.tickets, clock: systemClock, timeZone: defaults.TIMEZONE, sla, schedule: stores.slaSchedule, threeStrikesWindowDays: defaults.THREE_STRIKES_WINDOW_DAYS };
}

/** Tickets due 1–4 s from now; resolves to how late each escalation was recorded after its due time. */
async function escalationDelays(stores: Stores, count: number): Promise<{ delays: number[]; missing: number }> {
  const opened = await Promise.all(Array.from({ length: count }, (_, i) =>
    openTicket(washerTicket(i), ticketDeps(stores, (1 + (3 * i) / count) / 3600))));
  const lastDue = Math.max(...opened.map((t) => Date.parse(t.responseDueAt)));
  const delays: number[] = [];
  // Bounded wait: a few poll intervals past the last due time.
  for (const deadline = lastDue + 15_000; Date.now() < deadline && delays.length < count;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    delays.length = 0;
    for (const ticket of opened) {
      const escalation = (await stores.tickets.get(ticket.id))?.escalations?.find((e) => e.kind === 'response-overdue');
      if (escalation) delays.push(Date.parse(escalation.at) - Date.parse(escalation.dueAt));
    }
  }
  return { delays, missing: count - delays.length };
}

/**
 * Scenario 5: openTicket on RedisTicketStore (with the SLA schedule, as the intake opens tickets)
 * with `concurrency` writers while an SLA clock polls; then the delay from due time to escalation.
 */
export async function ticketScenario(options: TicketScenarioOptions): Promise<Record<string, unknown>[]> {
  const stores = await openRedisStores({ url: options.redisUrl, keyPrefix: `bench-tickets-${Date.now()}:` });
  const defaults = ConfigSchema.parse({});
  const slaClock = new SlaClock({
    schedule: stores.slaSchedule, tickets: stores.tickets, clock: systemClock, log: silentLog,
    notifier: { send: async () => undefined }, progressText: () => '', policy: { progressHours: defaults.SLA_PROGRESS_HOURS },
  });
  slaClock.start(options.slaPollMs);
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  try {
    for (let i = 0; i < 50; i += 1) await openTicket(washerTicket(i), ticketDeps(stores));
    const started = Date.now();
    await lanes(options.concurrency, started + options.seconds * 1000, async () => {
      try {
        await timed(samples, () => openTicket(washerTicket(next++), ticketDeps(stores)));
      } catch (err) {
        errors += 1;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
      return true;
    });
    const seconds = (Date.now() - started) / 1000;
    const latency = summarize(samples);
    const { delays, missing } = await escalationDelays(stores, options.dueTickets);
    const delay = summarize(delays);
    return [{
      scenario: 'tickets', concurrency: options.concurrency, seconds, tickets: latency.count, sla_clock: 'running',
      tickets_per_s: Math.round(latency.count / seconds), p50_ms: latency.p50_ms, p99_ms: latency.p99_ms,
      errors, ...(firstError ? { first_error: firstError } : {}),
    }, {
      scenario: 'sla_escalation', tickets: options.dueTickets, poll_ms: options.slaPollMs, default_poll_ms: defaults.SLA_POLL_MS,
      p50_ms: delay.p50_ms, p99_ms: delay.p99_ms, max_ms: delay.max_ms, errors: missing,
    }];
  } finally {
    await slaClock.stop();
    await stores.close();
  }
}
