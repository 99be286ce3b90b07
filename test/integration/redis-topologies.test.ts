import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN } from '../helpers/test-app.js';
import { startRedisCluster, startRedisSentinel, startRedisServer, type RedisCluster, type RedisSentinel, type RedisServer } from '../helpers/redis-server.js';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';

let master: RedisServer;
let sentinel: RedisSentinel;
let cluster: RedisCluster;

beforeAll(async () => {
  master = await startRedisServer();
  [sentinel, cluster] = await Promise.all([startRedisSentinel(master), startRedisCluster(3)]);
});
afterAll(async () => {
  await Promise.all([sentinel?.destroy(), cluster?.destroy()]);
  await master?.destroy();
});

const hostList = (nodes: { host: string; port: number }[]) => nodes.map((node) => `${node.host}:${node.port}`).join(',');

// The whole program, configured only through the environment, on each topology a deployment grows into.
describe.each([
  ['Sentinel', () => ({ REDIS_SENTINELS: hostList(sentinel.sentinels), REDIS_SENTINEL_NAME: sentinel.masterName })],
  ['Cluster', () => ({ REDIS_CLUSTER_NODES: hostList(cluster.nodes) })],
])('the bot on Redis %s', (_name, env) => {
  it('serves a conversation and keeps its state and tickets there', async () => {
    const server = await startTestApp({ env: env(), startSlaClock: false, startIdleSweep: false });
    try {
      expect(server.app.stores.kind).toBe('redis');
      const customer = new BotFrameworkClient(server.baseUrl);
      expect(texts(await customer.send('空调不制冷'))).toMatch(/空调/);
      expect(texts(await customer.send('还是不行'))).toMatch(/第 2 步|解决|工程师/);
      const tickets = await fetch(`${server.baseUrl}/api/tickets`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
      expect(tickets.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

it('refuses Sentinels without the master name, saying which variable to set', async () => {
  await expect(startTestApp({ env: { REDIS_SENTINELS: '127.0.0.1:1' } })).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/REDIS_SENTINEL_NAME/) });
});
