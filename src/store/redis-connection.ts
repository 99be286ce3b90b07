import type { Config } from '../config/config-schema.js';
import { AppError } from '../errors.js';
import type { RedisConnectionOptions } from './redis/open-redis.js';

/**
 * How to reach Redis, from the environment: a cluster, a Sentinel-managed master, or one server
 * by URL; undefined runs everything on the embedded store in one process.
 */
export function redisConnectionFrom(config: Config): RedisConnectionOptions | undefined {
  if (config.REDIS_CLUSTER_NODES?.length) return { clusterNodes: config.REDIS_CLUSTER_NODES };
  if (config.REDIS_SENTINELS?.length) {
    if (!config.REDIS_SENTINEL_NAME) {
      throw new AppError('CONFIG_INVALID', 'REDIS_SENTINEL_NAME is required with REDIS_SENTINELS (the master name the sentinels monitor).', {
        details: { problems: ['REDIS_SENTINEL_NAME: required with REDIS_SENTINELS'] },
      });
    }
    return { sentinels: config.REDIS_SENTINELS, sentinelName: config.REDIS_SENTINEL_NAME };
  }
  return config.REDIS_URL ? { url: config.REDIS_URL } : undefined;
}
