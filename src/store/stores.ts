import type { Storage } from 'botbuilder';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { DeliveryLog } from '../bot/delivery-log.js';
import type { TranscriptStore } from '../bot/transcript.js';
import type { UnansweredLog } from '../kb/unanswered-log.js';
import type { HandoffQueue } from '../handoff/handoff-request.js';

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
  close(): Promise<void>;
}
