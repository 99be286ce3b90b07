import { afterAll, beforeAll } from 'vitest';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { describeRedisContracts } from './redis-contract-suites.js';

let server: RedisServer;
beforeAll(async () => { server = await startRedisServer(); });
afterAll(async () => { await server?.destroy(); });

describeRedisContracts('standalone Redis', () => ({ url: server.url }));
