import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { UnansweredLog } from '../src/kb/unanswered-log.js';
import type { LanguageAssist } from '../src/kb/language-model.js';
import type { TicketStore } from '../src/tickets/ticket-store.js';
import type { HandoffQueue } from '../src/handoff/handoff-request.js';
import type { SlaPolicy } from '../src/tickets/sla.js';
import type { SlaSchedule } from '../src/tickets/sla-schedule.js';
import type { ConversationProfile } from '../src/bot/conversation-profile.js';
import type { CustomerRef } from '../src/tickets/ticket.js';
import type { HandoffDesk } from './hand-off.js';
import type { ConversationEvents } from '../src/bot/conversation-events.js';

export interface ServicePolicy {
  sla: SlaPolicy;
  warrantyMonths: number;
  visitSlotCapacity: number;
  timeZone: string;
  /** 事不过三: a third ticket within this many days goes to a supervisor and a person. Off when absent. */
  threeStrikesWindowDays?: number;
  /** Region for phone numbers written without a country code (ISO 3166 alpha-2); CN when absent. */
  phoneRegion?: string;
}

/** Everything the dialogs use, injected once by the composition root. */
export interface DialogDeps {
  kb: KnowledgeBase;
  tickets: TicketStore;
  unanswered: UnansweredLog;
  handoffs: HandoffQueue;
  /** Puts a conversation in the agents' queue and says what happens next (hand-off.ts). */
  desk: HandoffDesk;
  slaSchedule: SlaSchedule;
  clock: Clock;
  policy: ServicePolicy;
  profile: StatePropertyAccessor<ConversationProfile>;
  /** The optional language model (src/kb/llm/); absent, every dialog behaves as without one. */
  llm?: LanguageAssist;
  /** Milestones for the supervisors' dashboard (answered, resolved, rated); absent in tests that do not count them. */
  events?: ConversationEvents;
}

export function customerOf(turn: TurnContext): CustomerRef {
  const { activity } = turn;
  return { channel: activity.channelId, userId: activity.from.id, conversationId: activity.conversation.id };
}
