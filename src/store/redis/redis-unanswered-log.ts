import { UnansweredQuestionSchema, type UnansweredLog, type UnansweredQuestion } from '../../kb/unanswered-log.js';
import { DEFAULT_UNANSWERED_MAX_ENTRIES, checkBeforeWrite, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { redisCall } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/** Newest first in one list: LPUSH then LTRIM in one MULTI keeps it at `maxEntries`. */
export class RedisUnansweredLog implements UnansweredLog {
  readonly #client: RedisClient;
  readonly #key: string;
  readonly #maxEntries: number;

  constructor(client: RedisClient, keys: RedisKeys, options: { maxEntries?: number } = {}) {
    this.#client = client;
    this.#key = keys.unanswered;
    this.#maxEntries = Math.floor(options.maxEntries ?? DEFAULT_UNANSWERED_MAX_ENTRIES);
  }

  async record(question: UnansweredQuestion): Promise<void> {
    const checked = checkBeforeWrite(UnansweredQuestionSchema, question, 'unanswered');
    return redisCall(async () => {
      const replies = await this.#client.multi()
        .lpush(this.#key, JSON.stringify(checked))
        .ltrim(this.#key, 0, this.#maxEntries - 1)
        .exec();
      const failed = replies?.find(([err]) => err)?.[0];
      if (failed) throw failed;
    });
  }

  list(limit?: number): Promise<UnansweredQuestion[]> {
    if (limit !== undefined && limit <= 0) return Promise.resolve([]);
    return redisCall(async () => {
      const values = await this.#client.lrange(this.#key, 0, limit === undefined ? -1 : limit - 1);
      return values.map((json) => parseStored(UnansweredQuestionSchema, json, 'unanswered'));
    });
  }
}
