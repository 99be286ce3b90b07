import { AppError } from '../../errors.js';
import { openRedis, type RedisClient, type RedisConnectionOptions } from './open-redis.js';
import { redisCall } from './redis-call.js';

/**
 * Plain-string pub/sub on one Redis channel (at most once). A subscribed connection can do nothing
 * else, hence a second one for publishing.
 */
export class RedisRelay {
  readonly #listeners = new Set<(message: string) => void>();

  private constructor(private readonly publisher: RedisClient, private readonly subscriber: RedisClient, private readonly channel: string) {
    subscriber.on('message', (from: string, message: string) => {
      if (from === this.channel) for (const listener of this.#listeners) listener(message);
    });
  }

  /** Subscribes before returning, so nothing published afterwards is missed. */
  static async open(options: RedisConnectionOptions & { channel: string }): Promise<RedisRelay> {
    const [publisher, subscriber] = await Promise.all([openRedis(options), openRedis(options)]);
    try {
      await subscriber.subscribe(options.channel);
    } catch (cause) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new AppError('STORE_UNAVAILABLE', 'Could not subscribe to the relay channel.', { details: { backend: 'redis', channel: options.channel }, cause });
    }
    return new RedisRelay(publisher, subscriber, options.channel);
  }

  async publish(message: string): Promise<void> {
    return redisCall(async () => { await this.publisher.publish(this.channel, message); });
  }

  subscribe(listener: (message: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.all([this.publisher, this.subscriber].map((client) => client.quit().catch(() => client.disconnect())));
  }
}
