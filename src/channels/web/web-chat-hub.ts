import { EventEmitter } from 'node:events';
import type { Activity } from 'botbuilder';

/**
 * Out-of-turn messages for open web chat pages (an agent's reply, a ticket update), by
 * conversation. In-process: a deployment with several processes relays them over Redis.
 */
export class WebChatHub {
  readonly #events = new EventEmitter().setMaxListeners(0);

  publish(conversationId: string, activity: Partial<Activity>): void {
    this.#events.emit(conversationId, activity);
  }

  /** Returns the unsubscribe function; call it when the page disconnects. */
  subscribe(conversationId: string, listener: (activity: Partial<Activity>) => void): () => void {
    this.#events.on(conversationId, listener);
    return () => this.#events.off(conversationId, listener);
  }
}
