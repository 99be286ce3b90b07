import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { DeliveryLog } from '../../bot/delivery-log.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which Slack thread belongs to which conversation, in the shared Storage so every bot process
 * finds it, and a once-only guard over the shared DeliveryLog: every process receives every live
 * event, but exactly one of them may post it to Slack.
 */
export class SlackThreads {
  constructor(private readonly storage: Storage, private readonly deliveries: DeliveryLog) {}

  async threadOf(conversationId: string): Promise<string | undefined> {
    const key = `slack/thread/${conversationId}`;
    return (await this.storage.read([key]))[key]?.ts as string | undefined;
  }

  async conversationOf(threadTs: string): Promise<string | undefined> {
    const key = `slack/conversation/${threadTs}`;
    return (await this.storage.read([key]))[key]?.conversationId as string | undefined;
  }

  async remember(conversationId: string, threadTs: string): Promise<void> {
    await this.storage.write({
      [`slack/thread/${conversationId}`]: { ts: threadTs },
      [`slack/conversation/${threadTs}`]: { conversationId },
    });
  }

  /** true for the one process that should post `key`. */
  async once(key: string): Promise<boolean> {
    // A lease as long as the memory: a post is never retried by another process, it happens once or not at all.
    return (await this.deliveries.claim(`slack:${key}`, randomUUID(), DAY_MS, DAY_MS)) !== 'refused';
  }
}
