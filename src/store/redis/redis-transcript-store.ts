import { TRANSCRIPT_MAX_ENTRIES, TranscriptEntrySchema, type TranscriptEntry, type TranscriptStore } from '../../bot/transcript.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

// ARGV[1] the cap, then the entries. Trimmed in the same step, so no reader sees the list past its cap;
// a script rather than MULTI, so it rides the client's auto-pipeline with the turn's other commands.
const APPEND = defineScript(`
local length = redis.call('RPUSH', KEYS[1], unpack(ARGV, 2))
local cap = tonumber(ARGV[1])
if length > cap then redis.call('LTRIM', KEYS[1], -cap, -1) end
return length
`);

/** One Redis list per conversation, appended on the right, so the list order is the arrival order. */
export class RedisTranscriptStore implements TranscriptStore {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  async append(conversationId: string, ...entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const values = entries.map((entry) => JSON.stringify(checkBeforeWrite(TranscriptEntrySchema, entry, 'transcript')));
    const key = this.#keys.transcript(conversationId);
    return redisCall(async () => {
      await runScript(this.#client, APPEND, [key], [TRANSCRIPT_MAX_ENTRIES, ...values]);
    });
  }

  read(conversationId: string, limit?: number): Promise<TranscriptEntry[]> {
    if (limit !== undefined && limit <= 0) return Promise.resolve([]);
    return redisCall(async () => {
      const start = limit === undefined ? 0 : -limit;
      const values = await this.#client.lrange(this.#keys.transcript(conversationId), start, -1);
      return values.map((json) => parseStored(TranscriptEntrySchema, json, `transcript:${conversationId}`));
    });
  }

  /** LLEN and DEL in one MULTI, so an entry appended in between is counted and removed, not left behind. */
  delete(conversationId: string): Promise<number> {
    const key = this.#keys.transcript(conversationId);
    return redisCall(async () => {
      const replies = await this.#client.multi().llen(key).del(key).exec();
      const failed = replies?.find(([err]) => err)?.[0];
      if (failed) throw failed;
      return Number(replies?.[0]?.[1] ?? 0);
    });
  }
}
