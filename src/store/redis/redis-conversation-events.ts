import { randomUUID } from 'node:crypto';
import { ConversationEventSchema, type ConversationEvent, type ConversationEvents } from '../../bot/conversation-events.js';
import { checkBeforeWrite, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import type { RedisKeys } from './redis-keys.js';
import { redisCall } from './redis-call.js';

/**
 * One sorted set scored by time in epoch ms. Members carry a unique id before the JSON, because a
 * sorted set would merge two identical events (two customers rating 5 in the same millisecond).
 */
export class RedisConversationEvents implements ConversationEvents {
  readonly #client: RedisClient;
  readonly #key: string;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#key = keys.conversationEvents;
  }

  async record(event: ConversationEvent): Promise<void> {
    const checked = checkBeforeWrite(ConversationEventSchema, event, 'conversation-event');
    await redisCall(() => this.#client.zadd(this.#key, Date.parse(checked.at), `${randomUUID()} ${JSON.stringify(checked)}`));
  }

  list(range: { from: Date; to: Date }): Promise<ConversationEvent[]> {
    return redisCall(async () => {
      // "(" makes the upper bound exclusive: https://redis.io/docs/latest/commands/zrangebyscore/
      const members = await this.#client.zrangebyscore(this.#key, range.from.getTime(), `(${range.to.getTime()}`);
      return members.map((member) => parseStored(ConversationEventSchema, member.slice(member.indexOf(' ') + 1), 'conversation-event'));
    });
  }

  /** Each changed event is swapped in one MULTI (remove the member, add it without the id, same score and unique prefix). */
  forgetUser(customer: { channel: string; userId: string }): Promise<number> {
    return redisCall(async () => {
      const flat = await this.#client.zrange(this.#key, 0, -1, 'WITHSCORES');
      let changed = 0;
      for (let i = 0; i < flat.length; i += 2) {
        const member = flat[i]!;
        const split = member.indexOf(' ');
        const event = parseStored(ConversationEventSchema, member.slice(split + 1), 'conversation-event');
        if (event.channel !== customer.channel || event.userId !== customer.userId) continue;
        const { userId: _forgotten, ...kept } = event;
        const replies = await this.#client.multi().zrem(this.#key, member).zadd(this.#key, flat[i + 1]!, `${member.slice(0, split)} ${JSON.stringify(kept)}`).exec();
        const failed = replies?.find(([err]) => err)?.[0];
        if (failed) throw failed;
        changed += 1;
      }
      return changed;
    });
  }
}
