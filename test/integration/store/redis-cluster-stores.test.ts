import { afterAll, beforeAll } from 'vitest';
import { startRedisCluster, type RedisCluster } from '../../helpers/redis-server.js';
import { describeRedisContracts } from './redis-contract-suites.js';

// A real three-master cluster: proves every script and MULTI stays within one hash slot (CROSSSLOT otherwise).
let cluster: RedisCluster;
beforeAll(async () => { cluster = await startRedisCluster(3); });
afterAll(async () => { await cluster?.destroy(); });

describeRedisContracts('Redis Cluster', () => ({ clusterNodes: cluster.nodes }));
