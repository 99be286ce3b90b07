import type { Stores } from './stores.js';
import { openRedisStores, type RedisStoresOptions } from './redis/open-redis-stores.js';
import { openSqliteStores } from './sqlite/open-sqlite-stores.js';
import { maskingUnansweredLog } from '../kb/unanswered-log.js';

export interface OpenStoresOptions {
  /** Where the embedded SQLite file lives (`<dataDir>/support.db`) when Redis is not configured. */
  dataDir: string;
  /** Redis when given: `url` (standalone), `sentinels` + `sentinelName`, or `clusterNodes`. */
  redis?: RedisStoresOptions;
}

/** Picks the backing store: Redis when configured (several bot processes), else embedded SQLite. */
export async function openStores(options: OpenStoresOptions): Promise<Stores> {
  const stores = options.redis ? await openRedisStores(options.redis) : await openSqliteStores(options.dataDir);
  return { ...stores, unanswered: maskingUnansweredLog(stores.unanswered) };
}
