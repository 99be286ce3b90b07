import { AppError } from '../../errors.js';
import { HandoffRequestSchema, type HandoffQueue, type HandoffRequest } from '../../handoff/handoff-request.js';
import { checkBeforeWrite, applyClaim, applyRequeue, compareHandoffs, conflict, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import { defineScript, redisCall, runScript } from './redis-call.js';
import type { RedisKeys } from './redis-keys.js';

// Compare-and-set of one hash field: writes ARGV[3] only if the field still holds ARGV[2].
const REPLACE_IF_UNCHANGED = defineScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`);

/** A claim that keeps losing its compare-and-set this often is a storm, not bad luck. */
const MAX_ATTEMPTS = 5;

/**
 * The handoff queue as one Redis hash, conversation id → request JSON. The queue is short (people
 * waiting for an agent), so list() reads it whole and sorts; one key keeps every change atomic.
 */
export class RedisHandoffQueue implements HandoffQueue {
  readonly #client: RedisClient;
  readonly #key: string;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#key = keys.handoffs;
  }

  async enqueue(request: Omit<HandoffRequest, 'version'>): Promise<HandoffRequest> {
    const fresh = checkBeforeWrite(HandoffRequestSchema, { ...request, version: 1 }, 'handoff');
    return redisCall(async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        if (await this.#client.hsetnx(this.#key, fresh.conversationId, JSON.stringify(fresh)) === 1) return fresh;
        const existing = await this.#read(fresh.conversationId);
        // Absent again means it was released between the two calls: try to add it once more.
        if (existing) return existing;
      }
      throw conflict({ conversationId: fresh.conversationId, backend: 'redis' });
    });
  }

  get(conversationId: string): Promise<HandoffRequest | undefined> {
    return redisCall(() => this.#read(conversationId));
  }

  list(): Promise<HandoffRequest[]> {
    return redisCall(async () => {
      const values = await this.#client.hvals(this.#key);
      return values.map(parseRequest).sort(compareHandoffs);
    });
  }

  claim(conversationId: string, agentId: string, at: string): Promise<HandoffRequest> {
    return redisCall(async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const json = await this.#client.hget(this.#key, conversationId);
        const current = json === null ? undefined : parseRequest(json);
        const next = applyClaim(current, conversationId, agentId, at);
        if (next === current) return next;
        const checked = checkBeforeWrite(HandoffRequestSchema, next, 'handoff');
        const args = [conversationId, json ?? '', JSON.stringify(checked)];
        // Losing the compare-and-set means another agent claimed or it was released: decide again.
        if (await runScript(this.#client, REPLACE_IF_UNCHANGED, [this.#key], args) === 1) return checked;
      }
      throw new AppError('STORE_CONFLICT', undefined, { details: { conversationId, backend: 'redis' } });
    });
  }

  requeue(conversationId: string, agentId: string): Promise<HandoffRequest | undefined> {
    return redisCall(async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const json = await this.#client.hget(this.#key, conversationId);
        const next = applyRequeue(json === null ? undefined : parseRequest(json), agentId);
        if (!next || json === null) return undefined;
        const checked = checkBeforeWrite(HandoffRequestSchema, next, 'handoff');
        // Losing the compare-and-set means it was released or changed meanwhile: decide again.
        if (await runScript(this.#client, REPLACE_IF_UNCHANGED, [this.#key], [conversationId, json, JSON.stringify(checked)]) === 1) {
          return checked;
        }
      }
      throw new AppError('STORE_CONFLICT', undefined, { details: { conversationId, backend: 'redis' } });
    });
  }

  release(conversationId: string): Promise<void> {
    return redisCall(async () => { await this.#client.hdel(this.#key, conversationId); });
  }

  async #read(conversationId: string): Promise<HandoffRequest | undefined> {
    const json = await this.#client.hget(this.#key, conversationId);
    return json === null ? undefined : parseRequest(json);
  }
}

function parseRequest(json: string): HandoffRequest {
  return parseStored(HandoffRequestSchema, json, 'handoff');
}
