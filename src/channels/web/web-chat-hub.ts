import { EventEmitter } from 'node:events';
import type { Activity } from 'botbuilder';

/** Carries serialized messages to every process; the hub of each delivers them to its own pages. */
export interface WebChatRelay {
  publish(message: string): Promise<void>;
  subscribe(listener: (message: string) => void): () => void;
  close(): Promise<void>;
}

/**
 * Out-of-turn messages for open web chat pages (an agent's reply, a ticket update), by
 * conversation. A page's stream is held by one process; with a relay (Redis pub/sub) a message
 * sent from any process reaches it. Without one, delivery stays in this process.
 */
export class WebChatHub {
  readonly #events = new EventEmitter().setMaxListeners(0);
  readonly #stopRelay?: () => void;

  constructor(private readonly relay?: WebChatRelay) {
    this.#stopRelay = relay?.subscribe((message) => {
      const { conversationId, activity } = JSON.parse(message) as { conversationId: string; activity: Partial<Activity> };
      this.#events.emit(conversationId, activity);
    });
  }

  async publish(conversationId: string, activity: Partial<Activity>): Promise<void> {
    if (this.relay) await this.relay.publish(JSON.stringify({ conversationId, activity }));
    else this.#events.emit(conversationId, activity);
  }

  /** Returns the unsubscribe function; call it when the page disconnects. */
  subscribe(conversationId: string, listener: (activity: Partial<Activity>) => void): () => void {
    this.#events.on(conversationId, listener);
    return () => this.#events.off(conversationId, listener);
  }

  async close(): Promise<void> {
    this.#stopRelay?.();
    await this.relay?.close();
  }
}
