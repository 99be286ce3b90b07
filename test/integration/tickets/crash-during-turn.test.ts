import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import { BotFrameworkClient, texts } from '../../helpers/bot-framework-client.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { freePort } from '../../helpers/free-port.js';

const ADMIN_TOKEN = 'crash-test-admin-token-0123456789';
const INTAKE = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午'];
let redis: RedisServer;
const dataDir = mkdtempSync(join(tmpdir(), 'osb-crash-'));
const running: ChildProcess[] = [];


/** The program in a child process on Redis; resolves with its base URL once it listens. */
function startBot(port: number, crash: boolean): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/tickets/bot-process.ts'], {
    env: {
      ...process.env, PORT: String(port), DATA_DIR: dataDir, ADMIN_TOKEN, LOG_LEVEL: 'silent', BOT_FRAMEWORK_ANONYMOUS: 'true', REDIS_URL: redis.url,
      CRASH_AFTER_TICKET_WRITE: crash ? '1' : '0',
      // The killed process's turn lease must lapse before the restarted one (seconds to boot) takes the
      // next turn; production's 20 s lease would make the customer resend once, which is tested elsewhere.
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

describe('the bot killed in the middle of a turn', () => {
  it('resumes the conversation after a restart and never writes the ticket twice', { timeout: 120_000 }, async () => {
    // 1. A customer reaches the summary; the bot dies right after storing the ticket, before answering.
    const port = await freePort();
    const first = await startBot(port, true);
    const customer = new BotFrameworkClient(first.baseUrl, undefined, '王女士');
    for (const text of INTAKE) await customer.send(text);
    await expect(customer.send('确认')).rejects.toThrow();
    expect(await exited(first.child)).toBe('SIGKILL');

    // 2. A new process on the same Redis: the conversation is still at the summary, so "确认" again
    //    finishes the same intake — and gets the ticket already stored, not a second one.
    const second = await startBot(port, false);
    const booked = texts(await customer.send('确认'));
    const id = booked.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(booked).toMatch(/已为您登记维修单/);

    const response = await fetch(`${second.baseUrl}/api/tickets?channel=test&userId=${customer.userId}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const { tickets } = (await response.json()) as { tickets: { id: string; name: string }[] };
    expect(tickets.map((t) => t.id)).toEqual([id]);
    expect(tickets[0].name).toBe('王芳');

    // 3. Its SLA deadlines are on the schedule although the first process died before registering them.
    const stores = await openStores({ dataDir, redis: { url: redis.url } });
    try {
      expect((await stores.slaSchedule.pending(id!)).map((item) => item.kind).sort()).toEqual(['onsite-due', 'progress-due', 'response-due']);
    } finally {
      await stores.close();
    }
  });
});
