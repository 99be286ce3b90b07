import type { z } from 'zod';
import type { RedisRelay } from './redis-relay.js';

/**
 * Typed events on a Redis pub/sub channel: validated before they leave, parsed when they arrive.
 * Another deployment version sharing the channel may speak an older shape, so what does not
 * parse is reported and skipped, never thrown into a listener.
 */
export class RedisTypedChannel<T> {
  constructor(
    private readonly relay: RedisRelay,
    private readonly schema: z.ZodType<T>,
    private readonly onBadMessage: (err: unknown) => void = () => undefined,
  ) {}

  /** Async throughout, so a malformed event is a rejected promise like every other failure. */
  async publish(event: T): Promise<void> {
    await this.relay.publish(JSON.stringify(this.schema.parse(event)));
  }

  subscribe(listener: (event: T) => void): () => void {
    return this.relay.subscribe((message) => {
      let event: T;
      try {
        event = this.schema.parse(JSON.parse(message));
      } catch (err) {
        this.onBadMessage(err);
        return;
      }
      listener(event);
    });
  }

  close(): Promise<void> {
    return this.relay.close();
  }
}
