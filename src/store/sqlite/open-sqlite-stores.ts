import type { Stores } from '../stores.js';
import { openSqlite } from './open-sqlite.js';
import { SqliteDeliveryLog } from './sqlite-delivery-log.js';
import { SqliteHandoffQueue } from './sqlite-handoff-queue.js';
import { SqliteSlaSchedule } from './sqlite-sla-schedule.js';
import { SqliteStorage } from './sqlite-storage.js';
import { SqliteTicketStore } from './sqlite-ticket-store.js';
import { SqliteTranscriptStore } from './sqlite-transcript-store.js';
import { SqliteUnansweredLog } from './sqlite-unanswered-log.js';
import { SqliteTurnLock } from './sqlite-turn-lock.js';
import { SqliteTurnStore } from './sqlite-turn-store.js';
import { SqliteRateCounter } from './sqlite-rate-counter.js';
import { SqliteArticleRevisionStore } from './sqlite-article-revision-store.js';
import { SqliteConversationEvents } from './sqlite-conversation-events.js';
import { recordingHandoffQueue } from '../recording-handoff-queue.js';

/** Every port on one SQLite file, `<dataDir>/support.db`. */
export function openSqliteStores(dataDir: string): Stores {
  const db = openSqlite(dataDir);
  const conversationEvents = new SqliteConversationEvents(db);
  const storage = new SqliteStorage(db);
  const deliveries = new SqliteDeliveryLog(db);
  const turnLock = new SqliteTurnLock(db);
  const rateCounter = new SqliteRateCounter(db);
  const transcripts = new SqliteTranscriptStore(db);
  return {
    kind: 'sqlite',
    storage,
    tickets: new SqliteTicketStore(db),
    deliveries,
    transcripts,
    unanswered: new SqliteUnansweredLog(db),
    handoffs: recordingHandoffQueue(new SqliteHandoffQueue(db), conversationEvents),
    slaSchedule: new SqliteSlaSchedule(db),
    turnLock,
    turns: new SqliteTurnStore(db, { lock: turnLock, deliveries, storage, rates: rateCounter, transcripts }),
    rateCounter,
    articleRevisions: new SqliteArticleRevisionStore(db),
    conversationEvents,
    async close() {
      if (db.open) db.close();
    },
  };
}
