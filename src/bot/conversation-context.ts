import type { Storage } from 'botbuilder';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { titleFor } from '../kb/article-schema.js';
import type { HandoffRequest } from '../handoff/handoff-request.js';
import type { Ticket } from '../tickets/ticket.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { ConversationContext } from '../http/handoff-schemas.js';
import { readProfile } from './storage-bot-resumer.js';

export interface ConversationContextDeps {
  storage: Storage;
  tickets: TicketStore;
  kb: KnowledgeBase;
}

/**
 * What an agent sees beside the transcript, from the bot's own records: the language it detected,
 * the article it walked through and how far, and the customer's tickets.
 */
export function conversationContextReader(deps: ConversationContextDeps) {
  return async function describe(handoff: HandoffRequest | undefined): Promise<ConversationContext> {
    const profile = handoff ? await readProfile(deps.storage, handoff.customer) : {};
    const article = profile.articleTried ? deps.kb.get(profile.articleTried) : undefined;
    const language = profile.language ?? handoff?.language;
    const tickets = new Map<string, Ticket>();
    for (const id of profile.ticketIds ?? []) {
      const ticket = await deps.tickets.get(id);
      if (ticket) tickets.set(ticket.id, ticket);
    }
    if (handoff) {
      const { channel: customerChannel, userId } = handoff.customer;
      for (const ticket of await deps.tickets.list({ customer: { channel: customerChannel, userId }, limit: 10 })) tickets.set(ticket.id, ticket);
    }
    return {
      language,
      articleTried: profile.articleTried ? { id: profile.articleTried, title: article ? titleFor(article, language ?? 'zh') : undefined } : undefined,
      stepsDone: profile.stepsDone,
      rating: profile.rating,
      tickets: [...tickets.values()],
      handoff,
    };
  };
}

export type DescribeConversation = ReturnType<typeof conversationContextReader>;
