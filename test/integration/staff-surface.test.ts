import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { STAFF, STAFF_TOKENS_ENV } from '../helpers/staff.js';
import { seedStoreTicket } from '../helpers/seed-ticket.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('staff pages and answers: headers a browser and a proxy obey', () => {
  let server: TestApp;
  beforeAll(async () => { server = await startTestApp({ startSlaClock: false, startIdleSweep: false, env: { STAFF_TOKENS: STAFF_TOKENS_ENV } }); });
  afterAll(async () => { await server?.close(); });

  it('/console forbids framing, sniffing and referrers, like the other staff pages', async () => {
    for (const path of ['/console', '/trainer', '/dashboard']) {
      const answer = await fetch(`${server.baseUrl}${path}`);
      expect(answer.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(answer.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('staff answers with personal data send cache-control: no-store, whatever spelling of the path reached them', async () => {
    const ticket = await seedStoreTicket(server.app.stores.tickets);
    const auth = { authorization: `Bearer ${STAFF.zhou}` };
    for (const path of ['/api/tickets', `/api/tickets/${ticket.id}`, '/%61pi/tickets', '/api/handoff']) {
      const answer = await fetch(`${server.baseUrl}${path}`, { headers: auth });
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('start-up refuses a STAFF_TOKENS token containing ":"', () => {
  it('exits with a configuration error naming the variable, rather than serving a cut-down token', { timeout: 120_000 }, async () => {
    await expect(startBotProcess({ STAFF_TOKENS: 'li:agent:first-half-0123456789:rest' })).rejects.toThrow(/CONFIG_INVALID[\s\S]*STAFF_TOKENS[\s\S]*contains ":"/);
  });
});

describe('/readyz: a load balancer stops sending turns to a process whose Redis is gone', () => {
  let redis: RedisServer;
  let bot: BotProcess;
  beforeAll(async () => {
    redis = await startRedisServer();
    bot = await startBotProcess({ REDIS_URL: redis.url });
  }, 120_000);
  afterAll(async () => {
    await bot?.destroy();
    await redis?.destroy();
  });

  const ready = async () => (await fetch(`${bot.baseUrl}/readyz`)).status;

  it('answers 200 while the store answers, 503 once Redis is stopped (while /healthz stays 200), and 200 again after', { timeout: 60_000 }, async () => {
    expect(await ready()).toBe(200);
    await redis.stop();
    const refused = await fetch(`${bot.baseUrl}/readyz`);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
    await redis.restart();
    const deadline = Date.now() + 15_000;
    while (await ready() !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await ready()).toBe(200);
  });
});
