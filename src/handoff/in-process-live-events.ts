import { EventEmitter } from 'node:events';
import { LiveEventSchema, type LiveEvent, type LiveEvents } from './live-events.js';

const EVENT = 'live';

/**
 * Live events inside one process. Events are serialised and parsed like on the wire, and
 * delivered on a later tick like Redis delivers them, so code tested here behaves the same there.
 */
export class InProcessLiveEvents implements LiveEvents {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: LiveEvent): Promise<void> {
    const wire = JSON.stringify(LiveEventSchema.parse(event));
    setImmediate(() => this.#emitter.emit(EVENT, LiveEventSchema.parse(JSON.parse(wire))));
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.#emitter.on(EVENT, listener);
    return () => this.#emitter.off(EVENT, listener);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}
