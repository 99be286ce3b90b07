import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type SqliteDatabase } from '../../../src/store/sqlite/open-sqlite.js';
import { SqliteDeliveryLog } from '../../../src/store/sqlite/sqlite-delivery-log.js';
import { SqliteHandoffQueue } from '../../../src/store/sqlite/sqlite-handoff-queue.js';
import { SqliteSlaSchedule } from '../../../src/store/sqlite/sqlite-sla-schedule.js';
import { SqliteStorage } from '../../../src/store/sqlite/sqlite-storage.js';
import { SqliteTicketStore } from '../../../src/store/sqlite/sqlite-ticket-store.js';
import { SqliteTranscriptStore } from '../../../src/store/sqlite/sqlite-transcript-store.js';
import { SqliteUnansweredLog } from '../../../src/store/sqlite/sqlite-unanswered-log.js';
import { SqliteTurnLock } from '../../../src/store/sqlite/sqlite-turn-lock.js';
import { SqliteTurnStore } from '../../../src/store/sqlite/sqlite-turn-store.js';
import { SqliteRateCounter } from '../../../src/store/sqlite/sqlite-rate-counter.js';
import { describeTurnLockContract } from '../../contracts/turn-lock.contract.js';
import { describeTurnStoreContract } from '../../contracts/turn-store.contract.js';
import { describeRateCounterContract } from '../../contracts/rate-counter.contract.js';
import { describeDeliveryLogContract } from '../../contracts/delivery-log.contract.js';
import { describeHandoffQueueContract } from '../../contracts/handoff-queue.contract.js';
import { describeSlaScheduleContract } from '../../contracts/sla-schedule.contract.js';
import { describeStorageContract } from '../../contracts/storage.contract.js';
import { describeTicketStoreContract } from '../../contracts/ticket-store.contract.js';
import { describeTranscriptStoreContract } from '../../contracts/transcript-store.contract.js';
import { describeUnansweredLogContract } from '../../contracts/unanswered-log.contract.js';

/** Two connections on one fresh database file: `peer` stands for a second process. */
function sqliteFixture<T>(build: (db: SqliteDatabase) => T) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osb-sqlite-'));
    const [db, peerDb] = [openSqlite(dir), openSqlite(dir)];
    return {
      store: build(db),
      peer: build(peerDb),
      db,
      async close() {
        db.close();
        peerDb.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

describeStorageContract('SqliteStorage', sqliteFixture((db) => new SqliteStorage(db)));
describeTurnStoreContract('SqliteTurnStore', sqliteFixture((db) => {
  const [lock, storage, rates, transcripts] = [new SqliteTurnLock(db), new SqliteStorage(db), new SqliteRateCounter(db), new SqliteTranscriptStore(db)];
  return { turns: new SqliteTurnStore(db, { lock, deliveries: new SqliteDeliveryLog(db), storage, rates, transcripts }), lock, storage, rates, transcripts };
}));
describeTicketStoreContract('SqliteTicketStore', async () => {
  const fixture = await sqliteFixture((db) => new SqliteTicketStore(db))();
  const update = fixture.db.prepare('UPDATE tickets SET json = ? WHERE id = ?');
  return { ...fixture, writeRaw: async (id: string, raw: string) => { update.run(raw, id); } };
});
describeDeliveryLogContract('SqliteDeliveryLog', sqliteFixture((db) => new SqliteDeliveryLog(db)));
describeTranscriptStoreContract('SqliteTranscriptStore', sqliteFixture((db) => new SqliteTranscriptStore(db)));
describeUnansweredLogContract('SqliteUnansweredLog', ({ maxEntries }) =>
  sqliteFixture((db) => new SqliteUnansweredLog(db, { maxEntries }))());
describeHandoffQueueContract('SqliteHandoffQueue', sqliteFixture((db) => new SqliteHandoffQueue(db)));
describeSlaScheduleContract('SqliteSlaSchedule', sqliteFixture((db) => new SqliteSlaSchedule(db)));
describeTurnLockContract('SqliteTurnLock', sqliteFixture((db) => new SqliteTurnLock(db)));
describeRateCounterContract('SqliteRateCounter', sqliteFixture((db) => new SqliteRateCounter(db)));
