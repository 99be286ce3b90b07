import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { openStores } from '../../../src/store/open-stores.js';
import { sampleDraft } from '../../contracts/sample-records.js';
import { startRedisSentinel, startRedisServer, type RedisSentinel, type RedisServer } from '../../helpers/redis-server.js';

describe('openStores', () => {
  let server: RedisServer;
  let dataDir: string;
  beforeAll(async () => {
    server = await startRedisServer();
    dataDir = mkdtempSync(join(tmpdir(), 'osb-open-'));
  });
  afterAll(async () => {
    await server.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens embedded SQLite in a data directory it creates when Redis is not configured', async () => {
    const stores = await openStores({ dataDir: join(dataDir, 'nested', 'data') });
    expect(stores.kind).toBe('sqlite');
    expect(await stores.deliveries.claim('k', 't1', 1000, 1000)).toBe('claimed');
    await stores.close();
  });

  it('opens Redis when a url is given, under the configured key prefix', async () => {
    const stores = await openStores({ dataDir, redis: { url: server.url, keyPrefix: 'tenant-a:' } });
    const other = await openStores({ dataDir, redis: { url: server.url } });
    expect(stores.kind).toBe('redis');
    expect(await stores.deliveries.claim('k', 't1', 60_000, 60_000)).toBe('claimed');
    expect(await other.deliveries.claim('k', 't2', 60_000, 60_000)).toBe('claimed');
    await Promise.all([stores.close(), other.close()]);
  });

  it('refuses Redis options without a url, sentinels or cluster nodes as CONFIG_INVALID', async () => {
    const outcome = await openStores({ dataDir, redis: { keyPrefix: 'x:' } }).catch((err: unknown) => err);
    expect(isAppError(outcome, 'CONFIG_INVALID')).toBe(true);
  });

  it('refuses sentinels without the master name as CONFIG_INVALID', async () => {
    const outcome = await openStores({ dataDir, redis: { sentinels: [{ host: '127.0.0.1', port: 1 }] } })
      .catch((err: unknown) => err);
    expect(isAppError(outcome, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('openStores through Redis Sentinel', () => {
  let master: RedisServer;
  let sentinel: RedisSentinel;
  beforeAll(async () => {
    master = await startRedisServer();
    sentinel = await startRedisSentinel(master);
  });
  afterAll(async () => {
    await sentinel?.destroy();
    await master?.destroy();
  });

  it('finds the master through the sentinels and stores there', async () => {
    const stores = await openStores({
      dataDir: tmpdir(),
      redis: { sentinels: sentinel.sentinels, sentinelName: sentinel.masterName, keyPrefix: 'sentinel-test:' },
    });
    const ticket = await stores.tickets.create(sampleDraft(), '20250314');
    const direct = await openStores({ dataDir: tmpdir(), redis: { url: master.url, keyPrefix: 'sentinel-test:' } });
    expect(await direct.tickets.get(ticket.id)).toEqual(ticket);
    await Promise.all([stores.close(), direct.close()]);
  });
});
