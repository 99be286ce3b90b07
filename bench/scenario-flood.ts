import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { ConfigSchema } from '../src/config/config-schema.js';
import { BotHttpTalker, LoadStopped } from './bot-http-client.js';
import { oursConversation, runLoad, startTarget, type LoadResult } from './http-turns.js';
import { lanes, summarize } from './stats.js';

export interface FloodScenarioOptions {
  redisUrl: string;
  /** Ordinary customers, each running the six-step conversations back to back. */
  customers: number;
  /** Concurrent request loops of the one flooding customer, all in one conversation. */
  floodLoops: number;
  /** Measured seconds per condition (alone, under flood), cut into `rounds` alternating rounds. */
  seconds: number;
  warmupSeconds: number;
  rounds: number;
}

/**
 * The texts of customer-rate-limit.ts (SLOW_DOWN) and turn-error.ts (TURN_LOCK_TIMEOUT): a reply is
 * classified by what the customer sees, as the flooder's client is outside the server.
 */
const POLITE_LIMIT = /发消息有点快|sending messages a little fast/;
const LOCK_TIMEOUT = /还在处理您上一条消息|still working on your previous message/;
const FLOOD_TEXTS = ['人呢？洗衣机不排水了，快点回复！', 'hello??? my router keeps dropping wifi', '还是不行', '1'];

interface FloodCounts {
  sent: number;
  answered: number;
  politeLimit: number;
  /** Over the limit after the one polite reply: nothing is sent back (answering would double the flood). */
  silent: number;
  lockTimeouts: number;
  /** Sent while another flood message was still in flight, so it queued behind that turn's lease. */
  queued: number;
  errors: number;
  firstError?: string;
  latencies: number[];
  seconds: number;
}

const emptyCounts = (): FloodCounts => ({ sent: 0, answered: 0, politeLimit: 0, silent: 0, lockTimeouts: 0, queued: 0, errors: 0, latencies: [], seconds: 0 });

function classify(reply: string, counts: FloodCounts): void {
  if (reply === '') counts.silent += 1;
  else if (POLITE_LIMIT.test(reply)) counts.politeLimit += 1;
  else if (LOCK_TIMEOUT.test(reply)) counts.lockTimeouts += 1;
  else counts.answered += 1;
}

/** One customer (one user id, one conversation) sending on `loops` lanes as fast as replies come back. */
async function flood(url: URL, loops: number, seconds: number, counts: FloodCounts): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: loops });
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const talker = new BotHttpTalker(url, agent, `flood-${randomUUID()}`, `flooder-${randomUUID()}`, (ms) => counts.latencies.push(ms), deadline);
  let inFlight = 0;
  await lanes(loops, deadline, async () => {
    const queued = inFlight > 0;
    inFlight += 1;
    try {
      classify(await talker.say(FLOOD_TEXTS[counts.sent % FLOOD_TEXTS.length]), counts);
    } catch (err) {
      if (err instanceof LoadStopped) return false;
      counts.errors += 1;
      counts.firstError ??= err instanceof Error ? err.message : String(err);
    } finally {
      inFlight -= 1;
    }
    counts.sent += 1;
    if (queued) counts.queued += 1;
    return true;
  });
  counts.seconds += (Date.now() - started) / 1000;
  agent.destroy();
}

interface Phase {
  turns: number;
  seconds: number;
  errors: number;
  firstError?: string;
  latencies: number[];
}

const emptyPhase = (): Phase => ({ turns: 0, seconds: 0, errors: 0, latencies: [] });

function add(phase: Phase, result: LoadResult): void {
  phase.turns += result.turns;
  phase.seconds += result.seconds;
  phase.errors += result.errors;
  phase.firstError ??= result.firstError;
  phase.latencies.push(...result.samples);
}

function phaseRecord(phase: Phase) {
  const latency = summarize(phase.latencies);
  return { turns: phase.turns, turns_per_s: Math.round(phase.turns / Math.max(0.001, phase.seconds)), p50_ms: latency.p50_ms, p99_ms: latency.p99_ms, max_ms: latency.max_ms, errors: phase.errors };
}

function floodRecord(counts: FloodCounts) {
  const latency = summarize(counts.latencies);
  return {
    sent: counts.sent, per_s: Math.round(counts.sent / Math.max(0.001, counts.seconds)), answered: counts.answered,
    rate_limited_polite: counts.politeLimit, rate_limited_silent: counts.silent, lock_timeouts: counts.lockTimeouts,
    queued_behind_own_turn: counts.queued, p50_ms: latency.p50_ms, p99_ms: latency.p99_ms, errors: counts.errors,
  };
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(0.001, b)) * 100) / 100;

/**
 * Issue 10's "a flood from one customer does not slow others": the ordinary customers' turn latency
 * alone and while one customer floods, in alternating rounds so that anything else running on the
 * machine weighs on both alike. The default per-customer limit is on; the per-IP limit is off, as
 * every simulated customer comes from 127.0.0.1.
 */
export async function floodScenario(options: FloodScenarioOptions): Promise<Record<string, unknown>> {
  const customerRateMax = process.env.BENCH_CUSTOMER_RATE_MAX ?? String(ConfigSchema.shape.CUSTOMER_RATE_MAX.parse(undefined));
  const target = await startTarget('ours', {
    BENCH_REDIS_URL: options.redisUrl, BENCH_VISIT_SLOT_CAPACITY: '1000', BENCH_CUSTOMER_RATE_MAX: customerRateMax, BENCH_IP_RATE_MAX: '0',
  });
  const alone = emptyPhase();
  const underFlood = emptyPhase();
  const counts = emptyCounts();
  const roundSeconds = options.seconds / options.rounds;
  try {
    await runLoad(target.url, options.customers, options.warmupSeconds, oursConversation);
    for (let i = 0; i < options.rounds; i += 1) {
      add(alone, await runLoad(target.url, options.customers, roundSeconds, oursConversation));
      // A new flooder each round: its limit window starts afresh, as a new abusive customer's would.
      const [result] = await Promise.all([
        runLoad(target.url, options.customers, roundSeconds, oursConversation),
        flood(target.url, options.floodLoops, roundSeconds, counts),
      ]);
      add(underFlood, result);
    }
  } finally {
    await target.stop();
  }
  const baseline = phaseRecord(alone);
  const flooded = phaseRecord(underFlood);
  return {
    scenario: 'flood', customers: options.customers, flood_loops: options.floodLoops, customer_rate_max: Number(customerRateMax),
    seconds_per_condition: options.seconds, baseline, under_flood: flooded,
    p50_ratio: ratio(flooded.p50_ms, baseline.p50_ms), p99_ratio: ratio(flooded.p99_ms, baseline.p99_ms),
    flood: floodRecord(counts), errors: alone.errors + underFlood.errors + counts.errors,
    ...(alone.firstError ?? underFlood.firstError ?? counts.firstError ? { first_error: alone.firstError ?? underFlood.firstError ?? counts.firstError } : {}),
  };
}
