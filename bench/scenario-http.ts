import { echoConversation, oursConversation, runLoad, startTarget, type HttpTarget, type LoadResult } from './http-turns.js';
import { summarize } from './stats.js';

export interface HttpScenarioOptions {
  redisUrl: string;
  customers: number;
  seconds: number;
  warmupSeconds: number;
  /** The measured time is cut into this many alternating rounds per target. */
  rounds: number;
}

interface Totals {
  turns: number;
  seconds: number;
  conversations: number;
  errors: number;
  firstError?: string;
  latencies: number[];
  cpuMs: number;
  rssBytes: number;
}

const emptyTotals = (): Totals => ({ turns: 0, seconds: 0, conversations: 0, errors: 0, latencies: [], cpuMs: 0, rssBytes: 0 });

async function round(target: HttpTarget, totals: Totals, options: HttpScenarioOptions, conversation: typeof oursConversation): Promise<void> {
  const before = await target.stats();
  const result: LoadResult = await runLoad(target.url, options.customers, options.seconds / options.rounds, conversation);
  const after = await target.stats();
  totals.turns += result.turns;
  totals.seconds += result.seconds;
  totals.conversations += result.conversations;
  totals.errors += result.errors;
  totals.firstError ??= result.firstError;
  totals.latencies.push(...result.samples);
  totals.cpuMs += after.cpuUserMs + after.cpuSystemMs - before.cpuUserMs - before.cpuSystemMs;
  totals.rssBytes = Math.max(totals.rssBytes, after.rssBytes);
}

function record(target: string, customers: number, totals: Totals) {
  const latency = summarize(totals.latencies);
  return {
    scenario: 'http_turns', target, customers, seconds: Math.round(totals.seconds * 10) / 10, conversations: totals.conversations,
    turns: totals.turns, turns_per_s: Math.round(totals.turns / totals.seconds), p50_ms: latency.p50_ms, p99_ms: latency.p99_ms,
    max_ms: latency.max_ms, server_cpu_ms_per_turn: Math.round((totals.cpuMs / Math.max(1, totals.turns)) * 1000) / 1000,
    server_rss_mb: Math.round(totals.rssBytes / 1048576),
    errors: totals.errors, ...(totals.firstError ? { first_error: totals.firstError } : {}),
  };
}

/**
 * Scenario 1: our app on Redis against the bare echo bot, same load generator, same run; and the
 * framework floor (bench/floor-bot.ts) between them, so the figures say how much of the gap is
 * botbuilder-dialogs with Redis state and how much is our own code. The targets alternate in short
 * rounds so that anything else running on the machine weighs on all alike.
 */
export async function httpScenario(options: HttpScenarioOptions): Promise<Record<string, unknown>[]> {
  // Capacity high enough that every booking keeps its wanted slot, as customers spread over many
  // regions and days would; the slot check still runs on every booking.
  // The baselines are botbuilder as published: our load-time rewrite of its async methods
  // (src/runtime/native-async-libraries.ts) is work of ours, so it is not lent to the floor unless
  // BENCH_BASELINES=native-async asks to see the framework with it.
  const baseline: Record<string, string> = process.env.BENCH_BASELINES === 'native-async' ? {} : { NATIVE_ASYNC_LIBRARIES: 'off' };
  const targets: { name: 'ours' | 'floor' | 'echo'; conversation: typeof oursConversation; env: Record<string, string> }[] = [
    { name: 'ours', conversation: oursConversation, env: { BENCH_REDIS_URL: options.redisUrl, BENCH_VISIT_SLOT_CAPACITY: '1000' } },
    { name: 'floor', conversation: echoConversation, env: { BENCH_REDIS_URL: options.redisUrl, ...baseline } },
    { name: 'echo', conversation: echoConversation, env: { ...baseline } },
  ];
  const started: HttpTarget[] = [];
  const totals = targets.map(emptyTotals);
  try {
    for (const target of targets) started.push(await startTarget(target.name, target.env));
    // Warm-up: JIT, jieba's dictionary, Redis script cache and keep-alive sockets, none of it measured.
    for (const [i, target] of targets.entries()) await runLoad(started[i].url, options.customers, options.warmupSeconds, target.conversation);
    for (let r = 0; r < options.rounds; r += 1) {
      for (const [i, target] of targets.entries()) await round(started[i], totals[i], options, target.conversation);
    }
  } finally {
    await Promise.all(started.map((target) => target.stop()));
  }
  const [ours, floor, echo] = targets.map((target, i) => record(target.name, options.customers, totals[i]));
  const ratio = (a: { turns_per_s: number }, b: { turns_per_s: number }) => Math.round((a.turns_per_s / Math.max(1, b.turns_per_s)) * 1000) / 1000;
  // Server CPU per turn does not depend on what else the machine runs as much as wall time does.
  const cpuRatio = Math.round((echo.server_cpu_ms_per_turn / Math.max(0.001, ours.server_cpu_ms_per_turn)) * 1000) / 1000;
  return [ours, floor, echo, {
    scenario: 'http_ratio', ratio: ratio(ours, echo), cpu_ratio: cpuRatio,
    floor_ratio: ratio(floor, echo), ours_to_floor_ratio: ratio(ours, floor), target: 0.7, met: ratio(ours, echo) >= 0.7,
  }];
}
