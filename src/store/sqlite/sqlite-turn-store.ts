import type { TurnClosing, TurnOpened, TurnOpening, TurnStore } from '../../bot/turn-store.js';
import { conflict } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';
import type { SqliteDeliveryLog } from './sqlite-delivery-log.js';
import type { SqliteStorage } from './sqlite-storage.js';
import type { SqliteTurnLock } from './sqlite-turn-lock.js';

/**
 * A turn's start and end as one transaction each, over the very statements of SqliteTurnLock,
 * SqliteDeliveryLog and SqliteStorage, so work outside turns sees the same rows.
 */
export class SqliteTurnStore implements TurnStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly parts: { lock: SqliteTurnLock; deliveries: SqliteDeliveryLog; storage: SqliteStorage },
  ) {}

  open({ conversation, token, leaseMs, delivery }: TurnOpening): Promise<TurnOpened> {
    const { lock, deliveries, storage } = this.parts;
    // IMMEDIATE: the write lock first, so the claim's read and write are not split by another process.
    return sqliteCall(this.db, () => this.db.transaction((): TurnOpened => {
      if (!lock.acquireNow(conversation, token, leaseMs)) return { leased: false };
      const claim = delivery ? deliveries.claimNow(deliveryKey(conversation, delivery.id), delivery.token, delivery.leaseMs, delivery.keepMs) : 'claimed';
      return { leased: true, claim, state: storage.readNow(conversation) };
    }).immediate());
  }

  close({ conversation, token, state, delivery }: TurnClosing): Promise<void> {
    const { lock, deliveries, storage } = this.parts;
    return sqliteCall(this.db, () => {
      // The lease is freed on a conflict too: thrown inside, the transaction would keep it held.
      const written = this.db.transaction(() => {
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
