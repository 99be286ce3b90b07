import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotFrameworkClient, texts } from '../../helpers/bot-framework-client.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../../helpers/test-app.js';

const INTAKE = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午'];
let redis: RedisServer;
let server: TestApp;

beforeAll(async () => {
  redis = await startRedisServer();
  server = await startTestApp({ env: { REDIS_URL: redis.url }, startSlaClock: false });
});
afterAll(async () => {
  await server?.close();
  await redis?.destroy();
});

async function ticketsOf(userId: string): Promise<string[]> {
  const response = await fetch(`${server.baseUrl}/api/tickets?channel=test&userId=${userId}`, {
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  });
  return ((await response.json()) as { tickets: { id: string }[] }).tickets.map((ticket) => ticket.id);
}

describe('Redis going away in the middle of an intake', () => {
  it('says "try again shortly", keeps the answers, and writes the ticket exactly once when Redis is back', { timeout: 60_000 }, async () => {
    const customer = new BotFrameworkClient(server.baseUrl, undefined, '王女士');
    for (const text of INTAKE) await customer.send(text);

    // 1. Redis stops just as the customer confirms: an honest apology, no ticket number.
    await redis.stop();
    const down = texts(await customer.send('确认', 'confirm-1'));
    expect(down).toMatch(/抱歉[\s\S]*再发一次/);
    expect(down).not.toMatch(/RT-\d{8}/);

    // 2. Redis is back (same data dir, AOF replayed); wait until the app's client has reconnected.
    await redis.restart();
    await expect.poll(() => server.app.stores.tickets.list({ limit: 1 }).then(() => 'up', () => 'down'), { timeout: 15_000 }).toBe('up');
    expect(await ticketsOf(customer.userId)).toEqual([]);

    // 3. The channel redelivers the same message: the summary was kept, so it books the ticket now.
    const booked = texts(await customer.send('确认', 'confirm-1'));
    const id = booked.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(booked).toMatch(/已为您登记维修单/);
    expect(await ticketsOf(customer.userId)).toEqual([id]);

    // 4. Another redelivery and another "确认" do not write it again.
    expect(await customer.send('确认', 'confirm-1')).toEqual([]);
    await customer.send('确认');
    expect(await ticketsOf(customer.userId)).toEqual([id]);
    expect(await server.app.stores.tickets.get(id!)).toMatchObject({ name: '王芳', phone: '+8613912345678', address: '上海市浦东新区张江路88号' });
  });
});
