import { UnansweredQuestionSchema, type ConversationKey, type UnansweredLog, type UnansweredQuestion } from '../../kb/unanswered-log.js';
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

  /** LREM by exact value: safe beside concurrent LPUSH and LTRIM, which never change a stored value. */
  forgetConversations(conversations: readonly ConversationKey[]): Promise<number> {
    const wanted = new Set(conversations.map(({ channel, conversationId }) => `${channel}\u0000${conversationId}`));
    return redisCall(async () => {
      const values = await this.#client.lrange(this.#key, 0, -1);
      const doomed = [...new Set(values.filter((json) => {
        const question = parseStored(UnansweredQuestionSchema, json, 'unanswered');
        return wanted.has(`${question.channel}\u0000${question.conversationId}`);
      }))];
      let removed = 0;
      for (const json of doomed) removed += await this.#client.lrem(this.#key, 0, json);
      return removed;
    });
  }
}
