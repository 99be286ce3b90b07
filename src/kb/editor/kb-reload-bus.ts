import { EventEmitter } from 'node:events';
import { z } from 'zod';

export const KbReloadEventSchema = z.object({
  articleId: z.string().min(1),
  revision: z.number().int().min(1),
  /** The process that published; it has already written the file and swapped its index. */
  origin: z.string().min(1),
});
export type KbReloadEvent = z.infer<typeof KbReloadEventSchema>;

/**
 * "An article was published or retired": every bot process swaps its index on it. Implementations:
 * InProcessKbReloadBus (one process), RedisKbReloadBus (pub/sub across processes). At most once: a
 * process that missed one still catches up on its next reload (file watcher or next event).
 */
export interface KbReloadBus {
  publish(event: KbReloadEvent): Promise<void>;
  /** Every event, this process's own included; returns the unsubscribe function. */
  subscribe(listener: (event: KbReloadEvent) => void): () => void;
  close(): Promise<void>;
}

/** Delivered on a later tick and through JSON, like Redis delivers it. */
export class InProcessKbReloadBus implements KbReloadBus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: KbReloadEvent): Promise<void> {
    const wire = JSON.stringify(KbReloadEventSchema.parse(event));
    setImmediate(() => this.#emitter.emit('reload', KbReloadEventSchema.parse(JSON.parse(wire))));
  }

  subscribe(listener: (event: KbReloadEvent) => void): () => void {
    this.#emitter.on('reload', listener);
    return () => this.#emitter.off('reload', listener);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}
