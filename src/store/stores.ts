import type { Storage } from 'botbuilder';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { DeliveryLog } from '../bot/delivery-log.js';
import type { TranscriptStore } from '../bot/transcript.js';
import type { UnansweredLog } from '../kb/unanswered-log.js';
import type { HandoffQueue } from '../handoff/handoff-request.js';
import type { SlaSchedule } from '../tickets/sla-schedule.js';
import type { TurnLock } from '../bot/turn-lock.js';
import type { TurnStore } from '../bot/turn-store.js';
import type { RateCounter } from '../bot/rate-counter.js';
import type { ArticleRevisionStore } from '../kb/editor/article-revision-store.js';
import type { ConversationEvents } from '../bot/conversation-events.js';

/** Every port the program persists through, from one backing store (embedded SQLite or Redis). */
export interface Stores {
  kind: 'sqlite' | 'redis';
  /** botbuilder's conversation and user state, with eTag concurrency. */
  storage: Storage;
  tickets: TicketStore;
  deliveries: DeliveryLog;
  transcripts: TranscriptStore;
  unanswered: UnansweredLog;
  handoffs: HandoffQueue;
  slaSchedule: SlaSchedule;
  /** One turn at a time per conversation, across processes. */
  turnLock: TurnLock;
  /** A turn's lease, delivery claim and state, taken and written together (one step at each end). */
  turns: TurnStore;
  /** Per-customer message counts every process shares. */
  rateCounter: RateCounter;
  /** Trainers' drafts and every saved revision of every article (the back office). */
  articleRevisions: ArticleRevisionStore;
  /** Conversation milestones the supervisors' dashboard counts. */
  conversationEvents: ConversationEvents;
  close(): Promise<void>;
}
