import { TRANSCRIPT_MAX_ENTRIES, TranscriptEntrySchema, type TranscriptEntry, type TranscriptStore } from '../../bot/transcript.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

/**
 * Lua `append(key, cap, ...)`: the entries on the right, trimmed to the cap in the same step, so no
 * reader sees the list past it. Shared with the turn store's scripts, which append with the opening
 * and the closing.
 */
export const APPEND_LUA = `
local function append(key, cap, ...)
  local length = redis.call('RPUSH', key, ...)
  if length > tonumber(cap) then redis.call('LTRIM', key, -tonumber(cap), -1) end
  return length
end
`;

/**
 * Lua `written(key, text, lookback)`: a customer entry of this text among the newest `lookback`
 * (a retry's dead turn wrote it already). An entry that does not decode is not it.
 */
export const WRITTEN_LUA = `
local function written(key, text, lookback)
  for _, json in ipairs(redis.call('LRANGE', key, -tonumber(lookback), -1)) do
    local ok, entry = pcall(cjson.decode, json)
    if ok and type(entry) == 'table' and entry.from == 'customer' and entry.text == text then return true end
  end
  return false
end
`;

// ARGV[1] the cap, then the entries. A script rather than MULTI, so it rides the client's auto-pipeline
// with the turn's other commands.
const APPEND = defineScript(`${APPEND_LUA}
return append(KEYS[1], ARGV[1], unpack(ARGV, 2))
`);

// ARGV: cap, entry, its text, look-back ('0': none). 1 when appended.
const RECORD = defineScript(`${APPEND_LUA}${WRITTEN_LUA}
if ARGV[4] ~= '0' and written(KEYS[1], ARGV[3], ARGV[4]) then return 0 end
append(KEYS[1], ARGV[1], ARGV[2])
return 1
`);

/** An entry as stored: checked, then the JSON every reader parses. */
export function storedEntry(entry: TranscriptEntry): string {
  return JSON.stringify(checkBeforeWrite(TranscriptEntrySchema, entry, 'transcript'));
}

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
    const values = entries.map(storedEntry);
    const key = this.#keys.transcript(conversationId);
    return redisCall(async () => {
      await runScript(this.#client, APPEND, [key], [TRANSCRIPT_MAX_ENTRIES, ...values]);
    });
  }

  /**
   * Appends the customer's entry unless `lookback` > 0 finds it among the newest (a retry); one step,
   * for the turn store on a Cluster, where the transcript is not in the opening's slot.
   */
  record(conversationId: string, entry: TranscriptEntry, lookback: number): Promise<boolean> {
    const key = this.#keys.transcript(conversationId);
    return redisCall(async () =>
      (await runScript(this.#client, RECORD, [key], [TRANSCRIPT_MAX_ENTRIES, storedEntry(entry), entry.text, lookback])) === 1);
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
