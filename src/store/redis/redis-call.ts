import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { RedisClient } from './open-redis.js';

/**
 * Redis error replies whose first word means "cannot serve now" (failover, loading the AOF after a
 * restart, cluster resharding) rather than a bug in our command. https://redis.io/docs/latest/develop/reference/protocol-spec/#simple-errors
 */
const UNAVAILABLE_REPLIES = new Set(['LOADING', 'MASTERDOWN', 'CLUSTERDOWN', 'TRYAGAIN', 'READONLY', 'BUSY', 'NOREPLICAS']);

/** Runs Redis commands and turns anything they throw into a catalogued AppError. */
export async function redisCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toAppError(err);
  }
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const reply = replyCode(err);
  // No reply code: the client never got an answer (closed stream, timeout, retries exhausted).
  if (reply === undefined || UNAVAILABLE_REPLIES.has(reply)) {
    return new AppError('STORE_UNAVAILABLE', undefined, { details: { backend: 'redis', reply }, cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', message, { details: { backend: 'redis', reply }, cause: err });
}

/** The error code word of a Redis error reply (ioredis ReplyError), undefined for client-side errors. */
function replyCode(err: unknown): string | undefined {
  if (!(err instanceof Error) || err.name !== 'ReplyError') return undefined;
  return err.message.split(' ', 1)[0];
}

/**
 * ioredis defines a Buffer-replying twin of every command at run time (lib/utils/Commander.ts), but
 * types none for EVAL/EVALSHA; `callBuffer` would do, were it not dropped by auto-pipelining (it
 * loses the command name there, ioredis 5.11).
 */
interface BufferScripts {
  evalshaBuffer(sha: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
  evalBuffer(lua: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
}

export interface RedisScript {
  lua: string;
  sha: string;
}

export function defineScript(lua: string): RedisScript {
  return { lua, sha: createHash('sha1').update(lua).digest('hex') };
}

/**
 * EVALSHA, falling back to EVAL when the server lost its script cache (a restart or failover).
 * All `keys` must share one hash slot for Cluster.
 */
export async function runScript(
  client: RedisClient, script: RedisScript, keys: string[], args: (string | number | Buffer)[], replies: 'text' | 'buffers' = 'text',
): Promise<unknown> {
  try {
    if (replies === 'buffers') return await (client as unknown as BufferScripts).evalshaBuffer(script.sha, keys.length, ...keys, ...args);
    return await client.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (err) {
    if (replyCode(err) !== 'NOSCRIPT') throw err;
    if (replies === 'buffers') return (client as unknown as BufferScripts).evalBuffer(script.lua, keys.length, ...keys, ...args);
    return client.eval(script.lua, keys.length, ...keys, ...args);
  }
}
