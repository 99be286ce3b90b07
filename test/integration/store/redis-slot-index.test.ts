import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { openRedis, type RedisClient } from '../../../src/store/redis/open-redis.js';
import { redisKeys } from '../../../src/store/redis/redis-keys.js';
import { RedisTicketStore } from '../../../src/store/redis/redis-ticket-store.js';
import { sampleDraft } from '../../contracts/sample-records.js';

let server: RedisServer;
let client: RedisClient;
beforeAll(async () => {
  server = await startRedisServer();
  client = await openRedis({ url: server.url });
});
afterAll(async () => {
  await client?.quit();
  await server?.destroy();
});

describe('RedisTicketStore visit slot sets on data stored before them', () => {
  it('indexes every ticket that holds a slot, once, and skips records that no longer parse', async () => {
    const keys = redisKeys('upgrade:');
    const store = new RedisTicketStore(client, keys);
    const morning = { date: '2025-03-15', period: 'morning' as const, region: 'shanghai' };
    for (let i = 0; i < 450; i += 1) await store.create(sampleDraft(), '20250314');
    const cancelled = await store.create(sampleDraft(), '20250314');
    await store.save({ ...cancelled, status: 'cancelled' });
    await client.hset(keys.tickets.data, 'RT-20250314-9999', '{"not":"a ticket"}');
    // As an older version left it: tickets and their sorted sets, no slot sets.
    await client.del(keys.tickets.byVisitSlot(morning.date, morning.period, morning.region));
    expect(await store.countBookedVisits(morning)).toBe(0);

    await store.indexVisitSlots();
    expect(await store.countBookedVisits(morning)).toBe(450);
    expect(await client.get(keys.tickets.slotIndexReady)).toBe('1');

    // Marked done: a later start does not walk the tickets again.
    await client.del(keys.tickets.byVisitSlot(morning.date, morning.period, morning.region));
    await store.indexVisitSlots();
    expect(await store.countBookedVisits(morning)).toBe(0);
  });
});
