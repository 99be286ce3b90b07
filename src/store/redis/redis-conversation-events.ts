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
}
