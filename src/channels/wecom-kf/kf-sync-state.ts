import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { TurnLock } from '../../bot/turn-lock.js';

/** The latest "there is news" a callback left for whichever process syncs. */
export interface SyncRequestMark {
  id: string;
  /** The callback's sync token (10 minutes valid), passed on to sync_msg. */
  syncToken?: string;
}

/**
 * What sync_msg's reading position needs to survive restarts and be shared by every process, kept
 * the way other per-channel state is (the bot's Storage, SQLite or Redis; leases on the TurnLock):
 * the cursor, a lease so one process reads at a time, and a mark a callback leaves when another
 * process holds the lease, so the holder reads once more instead of the news waiting for a poll.
 * Contract: test/contracts/kf-sync-state.contract.ts, run on both stores.
 */
export class KfSyncState {
  constructor(private readonly storage: Storage, private readonly lock: TurnLock) {}

  async cursor(scope: string): Promise<string | undefined> {
    return (await this.#read<{ cursor?: string }>(`wecom-kf/cursor/${scope}`))?.cursor || undefined;
  }

  async saveCursor(scope: string, cursor: string): Promise<void> {
    await this.storage.write({ [`wecom-kf/cursor/${scope}`]: { cursor, eTag: '*' } });
  }

  tryLease(scope: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.lock.tryAcquire(this.#leaseKey(scope), holder, ttlMs);
  }

  /** false when the lease lapsed: another process may be reading, so this one must stop. */
  renewLease(scope: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.lock.renew(this.#leaseKey(scope), holder, ttlMs);
  }

  releaseLease(scope: string, holder: string): Promise<boolean> {
    return this.lock.release(this.#leaseKey(scope), holder);
  }

  /** A fresh mark: whoever holds the lease sees it changed and reads again. */
  async markRequested(scope: string, syncToken?: string): Promise<void> {
    await this.storage.write({ [`wecom-kf/sync-request/${scope}`]: { id: randomUUID(), syncToken, eTag: '*' } });
  }

  async requested(scope: string): Promise<SyncRequestMark | undefined> {
    const mark = await this.#read<Partial<SyncRequestMark>>(`wecom-kf/sync-request/${scope}`);
    return mark?.id ? { id: mark.id, syncToken: mark.syncToken ?? undefined } : undefined;
  }

  #leaseKey(scope: string): string {
    return `wecom-kf/sync/${scope}`;
  }

  async #read<T>(key: string): Promise<T | undefined> {
    return (await this.storage.read([key]))[key] as T | undefined;
  }
}
