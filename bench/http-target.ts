// First: botbuilder and ioredis load rewritten (issue 19, src/runtime/native-async-libraries.ts).
import '../src/runtime/install-native-async.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { createApp } from '../src/app.js';
import { buildEchoServer } from './echo-bot.js';
import { buildFloorServer } from './floor-bot.js';

/**
 * One HTTP server under test, in its own process (forked by http-turns.ts) so the load generator does
 * not share its event loop. argv[2]: "ours" (the whole app on Redis), "floor" (a bare botbuilder-dialogs
 * bot on Redis state, bench/floor-bot.ts) or "echo". Answers IPC messages:
 * "stats" → memory and CPU figures, "stop" → closes everything and exits.
 */
export interface TargetStats {
  rssBytes: number;
  heapUsedBytes: number;
  cpuUserMs: number;
  cpuSystemMs: number;
}

async function start(mode: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (mode === 'echo') {
    const server = buildEchoServer();
    const url = await server.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: () => server.close() };
  }
  if (mode === 'floor') {
    const floor = await buildFloorServer(process.env.BENCH_REDIS_URL ?? '');
    const url = await floor.server.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: floor.close };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'osb-bench-'));
  const app = await createApp(loadConfig({
    REDIS_URL: process.env.BENCH_REDIS_URL,
    DATA_DIR: dataDir,
    KB_DIR: 'knowledge-base',
    ADMIN_TOKEN: 'bench-admin-token-0123456789',
    LOG_LEVEL: 'silent',
    BOT_FRAMEWORK_ANONYMOUS: 'true',
    VISIT_SLOT_CAPACITY: process.env.BENCH_VISIT_SLOT_CAPACITY,
    // Every simulated customer comes from 127.0.0.1 and types faster than a person: the abuse limits
    // are off for throughput scenarios (the flood scenario turns the per-customer one back on).
    IP_RATE_MAX: process.env.BENCH_IP_RATE_MAX ?? '0',
    CUSTOMER_RATE_MAX: process.env.BENCH_CUSTOMER_RATE_MAX ?? '0',
  }), { watchKnowledgeBase: false });
  const url = await app.server.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: async () => { await app.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

function stats(): TargetStats {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, cpuUserMs: cpu.user / 1000, cpuSystemMs: cpu.system / 1000 };
}

const target = await start(process.argv[2] ?? 'ours');
// The parent going away (a crash, Ctrl-C) must not leave this server running.
process.on('disconnect', () => { void target.close().finally(() => process.exit(0)); });
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ stats: stats() });
  if (message === 'stop') void target.close().finally(() => process.exit(0));
});
process.send?.({ url: target.url });
