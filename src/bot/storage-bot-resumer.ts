import type { Storage, StoreItem } from 'botbuilder';
import { isAppError } from '../errors.js';
import type { BotResumer, ResumeStep } from '../handoff/handoff-service.js';
import type { CustomerRef } from '../tickets/ticket.js';
import { PROFILE_PROPERTY, type ConversationProfile } from './conversation-profile.js';

/** botbuilder ConversationState's key: `${channelId}/conversations/${conversationId}/${namespace}`, namespace ''. */
export function conversationStateKey(customer: Pick<CustomerRef, 'channel' | 'conversationId'>): string {
  return `${customer.channel}/conversations/${customer.conversationId}/`;
}

/**
 * Leaves a note in the conversation's state that the bot reads at the start of the customer's next
 * turn. Chosen over a proactive turn: it works on every channel that can receive a message at all,
 * needs no adapter credentials, and the customer's answer to the question sent with the release
 * (the survey rating) arrives in an ordinary turn. Written with the stored eTag so a concurrent
 * write is retried rather than lost.
 */
export class StorageBotResumer implements BotResumer {
  constructor(private readonly storage: Storage) {}

  async resumeAt(customer: CustomerRef, step: ResumeStep): Promise<void> {
    const key = conversationStateKey(customer);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const item: StoreItem = (await this.storage.read([key]))[key] ?? {};
      const profile: ConversationProfile = { ...(item[PROFILE_PROPERTY] as ConversationProfile | undefined), resumeAt: step };
      try {
        await this.storage.write({ [key]: { ...item, [PROFILE_PROPERTY]: profile } });
        return;
      } catch (err) {
        if (!isAppError(err, 'STORE_CONFLICT') || attempt === 2) throw err;
      }
    }
  }
}

/** Reads what the agent's view shows about a conversation from the bot's own state. */
export async function readProfile(storage: Storage, customer: Pick<CustomerRef, 'channel' | 'conversationId'>): Promise<ConversationProfile> {
  const key = conversationStateKey(customer);
  const item = (await storage.read([key]))[key];
  return (item?.[PROFILE_PROPERTY] as ConversationProfile | undefined) ?? {};
}
