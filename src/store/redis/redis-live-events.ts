import { AppError } from '../../errors.js';
import { LiveEventSchema, type LiveEvent, type LiveEvents } from '../../handoff/live-events.js';
import { openRedis, type RedisClient, type RedisConnectionOptions } from './open-redis.js';
import { redisCall } from './redis-call.js';

/**
 * Live events over Redis pub/sub, so every bot process (and every agent screen attached to any of
 * them) sees every claim and message. A subscribed connection can do nothing else, hence two.
 * Pub/sub is at most once; screens reload state after a reconnect instead of relying on replay.
 */
export class RedisLiveEvents implements LiveEvents {
  readonly #listeners = new Set<(event: LiveEvent) => void>();

  private constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly channel: string,
    private readonly onBadMessage: (err: unknown) => void,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.#deliver(message);
    });
  }

  /** Connects both clients and subscribes before returning, so no event published afterwards is missed. */
  static async open(options: RedisConnectionOptions & { channel: string; onBadMessage?: (err: unknown) => void }): Promise<RedisLiveEvents> {
    const [publisher, subscriber] = await Promise.all([openRedis(options), openRedis(options)]);
    try {
      await subscriber.subscribe(options.channel);
    } catch (cause) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new AppError('STORE_UNAVAILABLE', 'Could not subscribe to live events.', { details: { backend: 'redis' }, cause });
    }
    return new RedisLiveEvents(publisher, subscriber, options.channel, options.onBadMessage ?? (() => undefined));
  }

  async publish(event: LiveEvent): Promise<void> {
    const wire = JSON.stringify(LiveEventSchema.parse(event));
    return redisCall(async () => { await this.publisher.publish(this.channel, wire); });
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.all([this.publisher, this.subscriber].map((client) => client.quit().catch(() => client.disconnect())));
  }

  /** Another deployment sharing the channel may speak an older shape: skip what does not parse. */
  #deliver(message: string): void {
    let event: LiveEvent;
    try {
      event = LiveEventSchema.parse(JSON.parse(message));
    } catch (err) {
      this.onBadMessage(err);
      return;
    }
    for (const listener of this.#listeners) listener(event);
  }
}
