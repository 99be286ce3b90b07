import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { UnansweredLog } from '../src/kb/unanswered-log.js';
import type { TicketStore } from '../src/tickets/ticket-store.js';
import type { HandoffQueue } from '../src/handoff/handoff-request.js';
import type { SlaPolicy } from '../src/tickets/sla.js';
import type { ConversationProfile } from '../src/bot/conversation-profile.js';
import type { CustomerRef } from '../src/tickets/ticket.js';

export interface ServicePolicy {
  sla: SlaPolicy;
  warrantyMonths: number;
  visitSlotCapacity: number;
  timeZone: string;
}

/** Everything the dialogs use, injected once by the composition root. */
export interface DialogDeps {
  kb: KnowledgeBase;
  tickets: TicketStore;
  unanswered: UnansweredLog;
  handoffs: HandoffQueue;
  clock: Clock;
  policy: ServicePolicy;
  profile: StatePropertyAccessor<ConversationProfile>;
}

export function customerOf(turn: TurnContext): CustomerRef {
  const { activity } = turn;
  return { channel: activity.channelId, userId: activity.from.id, conversationId: activity.conversation.id };
}
