import { AppError } from '../../errors.js';
import { KbReloadEventSchema, type KbReloadBus, type KbReloadEvent } from '../../kb/editor/kb-reload-bus.js';
import { openRedis, type RedisClient, type RedisConnectionOptions } from './open-redis.js';
import { redisCall } from './redis-call.js';

/** Publish events over Redis pub/sub; a subscribed connection can do nothing else, hence two. */
export class RedisKbReloadBus implements KbReloadBus {
  readonly #listeners = new Set<(event: KbReloadEvent) => void>();

  private constructor(private readonly publisher: RedisClient, private readonly subscriber: RedisClient, private readonly channel: string) {
    subscriber.on('message', (from: string, message: string) => {
      if (from === this.channel) this.#deliver(message);
    });
  }

  /** Subscribed before it returns, so no publish made afterwards is missed. */
  static async open(options: RedisConnectionOptions & { channel: string }): Promise<RedisKbReloadBus> {
    const [publisher, subscriber] = await Promise.all([openRedis(options), openRedis(options)]);
    try {
      await subscriber.subscribe(options.channel);
    } catch (cause) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new AppError('STORE_UNAVAILABLE', 'Could not subscribe to knowledge-base reloads.', { details: { backend: 'redis' }, cause });
    }
    return new RedisKbReloadBus(publisher, subscriber, options.channel);
  }

  publish(event: KbReloadEvent): Promise<void> {
    const wire = JSON.stringify(KbReloadEventSchema.parse(event));
    return redisCall(async () => { await this.publisher.publish(this.channel, wire); });
  }

  subscribe(listener: (event: KbReloadEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.all([this.publisher, this.subscriber].map((client) => client.quit().catch(() => client.disconnect())));
  }

  /** Another deployment version sharing the channel may speak an older shape: skip what does not parse. */
  #deliver(message: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(message);
    } catch {
      return;
    }
    const parsed = KbReloadEventSchema.safeParse(raw);
    if (!parsed.success) return;
    for (const listener of this.#listeners) listener(parsed.data);
  }
}
