// First: botbuilder and ioredis load rewritten (issue 19, src/runtime/native-async-libraries.ts).
import '../src/runtime/install-native-async.js';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { startRedisServer, type RedisServer } from '../test/helpers/redis-server.js';
import { httpScenario } from './scenario-http.js';
import { turnScenario } from './scenario-turns.js';
import { retrievalScenario } from './scenario-retrieval.js';
import { scaleScenario } from './scenario-scale.js';
import { ticketScenario } from './scenario-tickets.js';
import { floodScenario } from './scenario-flood.js';
import { emit, mb } from './stats.js';

/**
 * `npm run bench`: every scenario of issue 9 against a real redis-server started here, one JSON object
 * per line, then a summary line. Loopback only; bounded by time and counts; removes its Redis and temp
 * directories on exit. BENCH_ONLY=http,turns,retrieval,scale,tickets,flood runs a subset (for profiling).
 */
const numberEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const only = new Set((process.env.BENCH_ONLY ?? 'retrieval,turns,http,scale,tickets,flood').split(','));
const settings = {
  customers: numberEnv('BENCH_CUSTOMERS', 32),
  httpSeconds: numberEnv('BENCH_HTTP_SECONDS', 24),
  turnSeconds: numberEnv('BENCH_TURN_SECONDS', 10),
  scaleConversations: numberEnv('BENCH_SCALE_CONVERSATIONS', 10_000),
  ticketSeconds: numberEnv('BENCH_TICKET_SECONDS', 5),
  floodCustomers: numberEnv('BENCH_FLOOD_CUSTOMERS', 16),
  floodSeconds: numberEnv('BENCH_FLOOD_SECONDS', 12),
};

async function scenarios(redis: RedisServer): Promise<Record<string, unknown>[]> {
  const results: Record<string, unknown>[] = [];
  const record = (r: Record<string, unknown>) => { emit(r); results.push(r); };
  if (only.has('retrieval')) {
    record(await retrievalScenario(1000, 5));
    record(await retrievalScenario(10_000, 2));
  }
  if (only.has('turns')) record(await turnScenario({ redisUrl: redis.url, articles: 1000, seconds: settings.turnSeconds }));
  if (only.has('http')) {
    const warmupSeconds = Math.min(4, settings.httpSeconds / 6);
    for (const r of await httpScenario({ redisUrl: redis.url, customers: settings.customers, seconds: settings.httpSeconds, warmupSeconds, rounds: 2 })) record(r);
  }
  if (only.has('scale')) record(await scaleScenario({ redisUrl: redis.url, conversations: settings.scaleConversations, concurrency: 64 }));
  if (only.has('tickets')) {
    const options = { redisUrl: redis.url, seconds: settings.ticketSeconds, concurrency: 16, slaPollMs: 1000, dueTickets: 200 };
    for (const r of await ticketScenario(options)) record(r);
  }
  if (only.has('flood')) {
    const options = { redisUrl: redis.url, customers: settings.floodCustomers, floodLoops: 8, seconds: settings.floodSeconds, warmupSeconds: 3, rounds: 2 };
    record(await floodScenario(options));
  }
  return results;
}

function summary(results: Record<string, unknown>[], seconds: number): Record<string, unknown> {
  const find = (scenario: string, key?: string, value?: unknown) =>
    results.find((r) => r.scenario === scenario && (key === undefined || r[key] === value)) ?? {};
  const errors = results.reduce((sum, r) => sum + (typeof r.errors === 'number' ? r.errors : 0), 0);
  return {
    summary: true,
    http_ratio: find('http_ratio').ratio,
    http_turns_per_s: find('http_turns', 'target', 'ours').turns_per_s,
    echo_turns_per_s: find('http_turns', 'target', 'echo').turns_per_s,
    floor_turns_per_s: find('http_turns', 'target', 'floor').turns_per_s,
    floor_ratio: find('http_ratio').floor_ratio,
    http_p99_ms: find('http_turns', 'target', 'ours').p99_ms,
    turn_p99_ms: find('turn_in_process').p99_ms,
    retrieval_p99_ms_1k: find('retrieval', 'articles', 1000).p99_ms,
    retrieval_p99_ms_10k: find('retrieval', 'articles', 10_000).p99_ms,
    redis_bytes_per_conversation: find('scale').redis_bytes_per_conversation,
    tickets_per_s: find('tickets').tickets_per_s,
    sla_escalation_p99_ms: find('sla_escalation').p99_ms ?? 'pending',
    flood_p99_ratio: find('flood').p99_ratio,
    errors,
    machine: { cpus: cpus().length, load_average_1m: Math.round(loadavg()[0] * 10) / 10, cpu: cpus()[0]?.model, total_mb: mb(totalmem()), free_mb: mb(freemem()), node: process.version },
    total_seconds: Math.round(seconds),
  };
}

const started = Date.now();
// everysec: the production setting (at most a second of writes lost on a crash); the test helper's
// default, fsync on every write, measures the disk rather than the bot.
const redis = await startRedisServer({ extraArgs: ['--appendfsync', 'everysec'] });
const cleanUp = () => { void redis.destroy().finally(() => process.exit(130)); };
process.once('SIGINT', cleanUp);
process.once('SIGTERM', cleanUp);
try {
  const results = await scenarios(redis);
  emit(summary(results, (Date.now() - started) / 1000));
} finally {
  await redis.destroy();
}
