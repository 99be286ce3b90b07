import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import type { Ticket } from '../../../src/tickets/ticket.js';
import { sampleDraft, sampleHandoff } from '../../contracts/sample-records.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

const DAY = '20250314';
/** The promise to a customer: a store call fails fast enough to apologise within the turn. */
const FAIL_FAST_MS = 2_500;

/** Settles `call`, returning the error code and how long it took. */
async function timed(call: () => Promise<unknown>): Promise<{ code: string; ms: number }> {
  const started = Date.now();
  const code = await call().then(() => 'resolved', (err: unknown) => (isAppError(err) ? err.code : String(err)));
  return { code, ms: Date.now() - started };
}

describe('Redis durability and outages', () => {
  let server: RedisServer;
  let dataDir: string;
  const opened: Stores[] = [];
  const open = async () => {
    const stores = await openStores({ dataDir, redis: { url: server.url } });
    opened.push(stores);
    return stores;
  };

  beforeEach(async () => {
    server = await startRedisServer();
    dataDir = mkdtempSync(join(tmpdir(), 'osb-unused-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
    await server.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged ticket, and the day counter, when redis-server is killed with SIGKILL', async () => {
    const stores = await open();
    const created: Ticket[] = [];
    for (let i = 0; i < 30; i++) created.push(await stores.tickets.create(sampleDraft(), DAY));
    await server.kill9();
    await server.restart();

    const after = await open();
    for (const ticket of created) expect(await after.tickets.get(ticket.id)).toEqual(ticket);
    expect((await after.tickets.list({ limit: 100 })).map((t) => t.id)).toHaveLength(30);
    expect((await after.tickets.create(sampleDraft(), DAY)).id).toBe(`RT-${DAY}-0031`);
  });

  it('fails a store call with STORE_UNAVAILABLE within seconds while Redis is down, and recovers after', async () => {
    const stores = await open();
    await server.stop();
    for (const call of [
      () => stores.tickets.get(`RT-${DAY}-0001`),
      () => stores.tickets.create(sampleDraft(), DAY),
      () => stores.storage.write({ 'web/conversations/c1': { step: 1 } }),
      () => stores.handoffs.claim('c-1', 'agent-li', '2025-03-14T03:00:00.000Z'),
      () => stores.deliveries.claim('web:a1', 't1', 60_000, 60_000),
    ]) {
      const { code, ms } = await timed(call);
      expect(code).toBe('STORE_UNAVAILABLE');
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    }
    await server.restart();
    await expect.poll(() => stores.deliveries.claim('web:a2', 't2', 60_000, 60_000).catch(() => 'down'), { timeout: 10_000 })
      .toBe('claimed');
  });

  it('fails with STORE_UNAVAILABLE within seconds when Redis stops answering without closing the connection', async () => {
    const stores = await open();
    await stores.handoffs.enqueue(sampleHandoff({ conversationId: 'c-1' }));
    server.freeze();
    const { code, ms } = await timed(() => stores.handoffs.get('c-1'));
    server.thaw();
    expect(code).toBe('STORE_UNAVAILABLE');
    expect(ms).toBeLessThan(FAIL_FAST_MS + 500);
  });

  it('fails openStores with STORE_UNAVAILABLE within seconds when Redis is not there', async () => {
    await server.stop();
    const { code, ms } = await timed(() => open());
    expect(code).toBe('STORE_UNAVAILABLE');
    expect(ms).toBeLessThan(FAIL_FAST_MS);
  });
});
