import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import { BotFrameworkClient, texts } from '../../helpers/bot-framework-client.js';
import { freePort } from '../../helpers/free-port.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

const INTAKE = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午'];
let redis: RedisServer;
const dataDir = mkdtempSync(join(tmpdir(), 'osb-retry-'));
const running: ChildProcess[] = [];

/**
 * The program in a child process on Redis (test/integration/tickets/bot-process.ts); with `crash` it
 * SIGKILLs itself mid-turn, right after the ticket is stored and before any reply is sent.
 */
function startBot(port: number, crash: boolean): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/tickets/bot-process.ts'], {
    env: {
      ...process.env, PORT: String(port), DATA_DIR: dataDir, ADMIN_TOKEN: 'retry-test-admin-token-0123456789',
      LOG_LEVEL: 'silent', BOT_FRAMEWORK_ANONYMOUS: 'true', REDIS_URL: redis.url, CRASH_AFTER_TICKET_WRITE: crash ? '1' : '0',
      // The dead process's turn lease and delivery claim lapse after this; production's 20 s would only make the test slow.
      TURN_LOCK_TTL_MS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = out.match(/listening (\S+)/)?.[1];
      if (url) resolve({ child, baseUrl: url });
    });
    child.once('exit', (code) => reject(new Error(`bot exited early (${code}): ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => {
  for (const child of running) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  await redis?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a channel retrying a message whose process died mid-turn', () => {
  it('gets the retry answered, once, and the customer\'s words are in the transcript once', { timeout: 120_000 }, async () => {
    // 1. The customer confirms the summary; the process dies mid-turn, after the claim, before any reply.
    const port = await freePort();
    const first = await startBot(port, true);
    const customer = new BotFrameworkClient(first.baseUrl, undefined, '王女士');
    for (const text of INTAKE) await customer.send(text);
    const activityId = randomUUID();
    await expect(customer.send('确认', activityId)).rejects.toThrow();
    expect(await exited(first.child)).toBe('SIGKILL');

    // 2. The channel retries the same activity id at a new process: the dead claim lapsed, so it is answered.
    await startBot(port, false);
    const answered = texts(await customer.send('确认', activityId));
    expect(answered).toMatch(/已为您登记维修单/);

    // 3. A second retry of the same id finds the delivery done and is dropped, not answered again.
    expect(await customer.send('确认', activityId)).toEqual([]);

    // 4. The dead turn wrote the customer's entry before its dialogs ran; the retry did not write it twice.
    const stores = await openStores({ dataDir, redis: { url: redis.url } });
    try {
      const entries = await stores.transcripts.read(customer.key);
      expect(entries.filter((entry) => entry.from === 'customer' && entry.text === '确认')).toHaveLength(1);
      expect(entries.filter((entry) => entry.from === 'bot' && /已为您登记维修单/.test(entry.text))).toHaveLength(1);
    } finally {
      await stores.close();
    }
  });
});
