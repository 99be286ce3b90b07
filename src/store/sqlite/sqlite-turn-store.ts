import { ARRIVAL_LOOKBACK_ENTRIES, arrivalDue, type TurnClosing, type TurnOpened, type TurnOpening, type TurnStore } from '../../bot/turn-store.js';
import { conflict } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';
import type { SqliteDeliveryLog } from './sqlite-delivery-log.js';
import type { SqliteRateCounter } from './sqlite-rate-counter.js';
import { storedEntry, type SqliteTranscriptStore } from './sqlite-transcript-store.js';
import type { SqliteStorage } from './sqlite-storage.js';
import type { SqliteTurnLock } from './sqlite-turn-lock.js';

/** What the turn store's transactions run: the very statements of the ports that share its rows. */
export interface SqliteTurnParts {
  lock: SqliteTurnLock;
  deliveries: SqliteDeliveryLog;
  storage: SqliteStorage;
  rates: SqliteRateCounter;
  transcripts: SqliteTranscriptStore;
}

/**
 * A turn's start and end as one transaction each, over the very statements of SqliteTurnLock,
 * SqliteDeliveryLog, SqliteStorage, SqliteRateCounter and SqliteTranscriptStore, so work outside
 * turns sees the same rows.
 */
export class SqliteTurnStore implements TurnStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly parts: SqliteTurnParts,
  ) {}

  open({ conversation, token, leaseMs, delivery, hit, arrival }: TurnOpening): Promise<TurnOpened> {
    const { lock, deliveries, storage, rates, transcripts } = this.parts;
    // IMMEDIATE: the write lock first, so the claim's read and write are not split by another process.
    return sqliteCall(this.db, () => this.db.transaction((): TurnOpened => {
      const entry = arrival && storedEntry(arrival.entry);
      // Counted first, lease or not: the message is traffic all the same.
      const hits = hit ? rates.hitNow(hit.key, hit.windowMs) : undefined;
      const counted = hits === undefined ? {} : { hits };
      if (!lock.acquireNow(conversation, token, leaseMs)) return { leased: false, ...counted };
      const claim = delivery ? deliveries.claimNow(deliveryKey(conversation, delivery.id), delivery.token, delivery.leaseMs, delivery.keepMs) : 'claimed';
      let recorded = false;
      if (arrival && entry && arrivalDue(arrival, claim, hits)
        && !(claim === 'reclaimed' && transcripts.writtenNow(arrival.transcript, arrival.entry.text, ARRIVAL_LOOKBACK_ENTRIES))) {
        transcripts.appendNow(arrival.transcript, [entry]);
        recorded = true;
      }
      return { leased: true, claim, state: storage.readNow(conversation), ...counted, ...(arrival ? { recorded } : {}) };
    }).immediate());
  }

  close({ conversation, token, state, delivery, replies }: TurnClosing): Promise<void> {
    const { lock, deliveries, storage, transcripts } = this.parts;
    return sqliteCall(this.db, () => {
      const entries = replies ? replies.entries.map(storedEntry) : [];
      // The lease is freed on a conflict too: thrown inside, the transaction would keep it held.
      const written = this.db.transaction(() => {
        // Whatever becomes of the state: the replies were sent.
        if (replies && entries.length) transcripts.appendNow(replies.transcript, entries);
        // Fenced as RedisTurnStore: a turn whose lease passed to another token writes nothing.
        const ok = !lock.heldByOtherNow(conversation, token) && (!state || storage.writeNow(conversation, state.json, state.eTag));
        if (ok && delivery) deliveries.completeNow(deliveryKey(conversation, delivery.id), delivery.token, delivery.keepMs);
        lock.releaseNow(conversation, token);
        return ok;
      }).immediate();
      if (!written) throw conflict({ key: conversation, backend: 'sqlite' });
    });
  }
}

/** The conversation key ends in '/' (conversationStateKey), so this cannot collide with another conversation's. */
function deliveryKey(conversation: string, activityId: string): string {
  return `turn:${conversation}${activityId}`;
}
