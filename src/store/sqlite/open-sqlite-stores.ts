import type { Stores } from '../stores.js';
import { openSqlite } from './open-sqlite.js';
import { SqliteDeliveryLog } from './sqlite-delivery-log.js';
import { SqliteHandoffQueue } from './sqlite-handoff-queue.js';
import { SqliteStorage } from './sqlite-storage.js';
import { SqliteTicketStore } from './sqlite-ticket-store.js';
import { SqliteTranscriptStore } from './sqlite-transcript-store.js';
import { SqliteUnansweredLog } from './sqlite-unanswered-log.js';

/** Every port on one SQLite file, `<dataDir>/support.db`. */
export function openSqliteStores(dataDir: string): Stores {
  const db = openSqlite(dataDir);
  return {
    kind: 'sqlite',
    storage: new SqliteStorage(db),
    tickets: new SqliteTicketStore(db),
    deliveries: new SqliteDeliveryLog(db),
    transcripts: new SqliteTranscriptStore(db),
    unanswered: new SqliteUnansweredLog(db),
    handoffs: new SqliteHandoffQueue(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
