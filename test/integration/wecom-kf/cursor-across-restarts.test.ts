import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { newEncodingAesKey } from '../../helpers/wechat-push.js';
import { WecomKfStandIn, type KfAccount } from '../../helpers/wecom-kf-stand-in.js';

const KFID = 'wkProcessTest01';
const account: KfAccount = { corpId: 'ww00112233445566aa', token: 'kfProcessToken', encodingAesKey: newEncodingAesKey() };
const BACKLOG = 10;
const PROBLEMS = ['洗衣机不排水', '冰箱不制冷', '空调不制冷', '热水器不出热水', '电视没有声音'];

function envFor(apiBase: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WECOM_KF_ENABLED: 'true', WECOM_KF_CORP_ID: account.corpId, WECOM_KF_SECRET: 'kf-secret-0123456789abcdefghijklmnopqrstuvw',
    WECOM_KF_TOKEN: account.token, WECOM_KF_AES_KEY: account.encodingAesKey, WECOM_KF_API_BASE: apiBase, WECOM_KF_POLL_MS: '3600000',
    // Short leases, so a killed process's read lease (turn lease + wait + 5 s) lapses within the test.
    TURN_LOCK_TTL_MS: '1500', TURN_LOCK_WAIT_MS: '1000', ...extra,
  };
}

/** BACKLOG customers, one message each: each must be answered by exactly one send_msg (a turn's texts go as one message). */
function queueBacklog(api: WecomKfStandIn, prefix: string): string[] {
  return Array.from({ length: BACKLOG }, (_, i) => {
    const userId = `wm${prefix}${i}`;
    api.customerSays(KFID, userId, PROBLEMS[i % PROBLEMS.length]);
    return `${KFID}:${userId}`;
  });
}

function expectEachAnsweredOnce(api: WecomKfStandIn, customers: string[]): void {
  const sends = api.sendsByCustomer();
  expect(customers.map((customer) => [customer, sends.get(customer) ?? 0])).toEqual(customers.map((customer) => [customer, 1]));
}

describe('WeCom sync_msg cursor across a crash, with real processes', () => {
  const api = new WecomKfStandIn();
  let bot: BotProcess | undefined;
  let apiBase: string;
  beforeAll(async () => { apiBase = await api.start(); });
  afterAll(async () => {
    await bot?.destroy();
    await api.stop();
  });

  it('answers every message of a backlog exactly once when the process is killed mid-way and restarted', async () => {
    api.sendDelayMs = 150;
    const customers = queueBacklog(api, 'Crash');
    // 1. The process reads the backlog at start, page by page (3 a page).
    bot = await startBotProcess(envFor(apiBase), { healthTimeoutMs: 150_000 });
    // 2. SIGKILL once 4 customers are answered: mid-way through the second page.
    await api.waitUntil(() => api.sendsByCustomer().size >= 4, 120_000);
    await bot.kill9();
    const answeredBeforeCrash = api.sendsByCustomer().size;
    expect(answeredBeforeCrash).toBeLessThan(BACKLOG);
    // 3. Restarted on the same data: it reads on from the saved cursor once the dead one's lease lapses.
    const syncsBeforeRestart = api.syncCursors.length;
    await bot.restart();
    await api.waitUntil(() => api.sendsByCustomer().size >= BACKLOG, 120_000);
    // Not from the start of WeCom's 3-day history: from the first page boundary the dead process saved.
    expect(api.syncCursors[syncsBeforeRestart]).toMatch(/^c[1-9]/);
    // 4. Nothing more arrives late: a callback makes it read again, and the delivery log drops what was answered.
    await api.notify(`${bot.baseUrl}/wecom/kf`, account, KFID);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expectEachAnsweredOnce(api, customers);
  }, 400_000);
});

describe('WeCom sync_msg with two real processes on one Redis', () => {
  const api = new WecomKfStandIn();
  let redis: RedisServer;
  let processes: BotProcess[] = [];
  let apiBase: string;
  beforeAll(async () => {
    apiBase = await api.start();
    redis = await startRedisServer();
    const env = envFor(apiBase, { REDIS_URL: redis.url });
    // One after the other: two cold starts at once on a shared CI runner can take longer than the health wait.
    processes = [await startBotProcess(env, { healthTimeoutMs: 150_000 })];
    processes.push(await startBotProcess(env, { healthTimeoutMs: 150_000 }));
  }, 320_000);
  afterEach(() => { api.sendDelayMs = 0; });
  afterAll(async () => {
    await Promise.all(processes.map((process) => process.destroy()));
    await redis?.destroy();
    await api.stop();
  });

  it('answers no message twice when WeCom calls both processes back for the same news', async () => {
    api.sendDelayMs = 20;
    const customers = queueBacklog(api, 'Pair');
    // Each message's callback goes to both processes at once, as a load balancer might spread WeCom's retries.
    await Promise.all(processes.flatMap((process) => [1, 2].map(() => api.notify(`${process.baseUrl}/wecom/kf`, account, KFID))));
    await api.waitUntil(() => api.sendsByCustomer().size >= BACKLOG, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expectEachAnsweredOnce(api, customers);
    // One token for both: fetched by one process and shared through Redis.
    expect(api.tokenFetches).toBe(1);
  }, 200_000);
});
