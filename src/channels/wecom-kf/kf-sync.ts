import { randomUUID } from 'node:crypto';
import { AppError, asAppError } from '../../errors.js';
import type { Log } from '../../log.js';
import type { KfApi } from './kf-api.js';
import { KfMessageSchema, type KfMessage } from './kf-message.js';
import type { KfSyncState } from './kf-sync-state.js';
import { WECOM_KF_CHANNEL_ID } from './to-activity.js';

export interface KfSyncDeps {
  api: Pick<KfApi, 'syncMsg'>;
  state: KfSyncState;
  /** Hands one message to the bot; resolves when its turn (replies included) is done. */
  handle: (message: KfMessage) => Promise<void>;
  log: Log;
  /** Only this account's messages (WECOM_KF_OPEN_KFID); every account the Secret manages when unset. */
  openKfId?: string;
  /**
   * The read lease, renewed before each message. Longer than a turn's delivery claim and turn
   * lease: a process that dies mid-turn leaves both, and its successor must not reach that
   * message before they lapse (it would be refused as "being handled" and skipped).
   */
  leaseMs: number;
  pageSize?: number;
}

/**
 * Pulls customer-service messages with sync_msg, one process at a time (a lease in the store), and
 * hands them to the bot in order. The cursor is saved only after a page's messages have all been
 * handled, so a process that dies mid-page leaves the cursor before that page: its successor reads
 * the page again and the delivery log drops what was already answered — nothing read twice, nothing missed.
 */
export class KfSync {
  readonly #scope: string;
  #running?: Promise<void>;
  readonly #requests = new Set<Promise<void>>();
  #retry?: NodeJS.Timeout;
  #stopped = false;

  constructor(private readonly deps: KfSyncDeps) {
    this.#scope = deps.openKfId ?? 'all';
  }

  /** After a callback (with its token) or on a poll: reads now, or leaves a mark for the process that is reading. */
  request(syncToken?: string): Promise<void> {
    const work = (async () => {
      if (syncToken) await this.deps.state.markRequested(this.#scope, syncToken);
      this.#running ??= this.#run().finally(() => { this.#running = undefined; });
      await this.#running;
    })();
    this.#requests.add(work);
    void work.catch(() => {}).finally(() => this.#requests.delete(work));
    return work;
  }

  /** Resolves when every read this process was asked for has finished (failed ones included). */
  async idle(): Promise<void> {
    while (this.#requests.size) await Promise.allSettled([...this.#requests]);
  }

  async #run(): Promise<void> {
    const { state } = this.deps;
    for (;;) {
      const holder = randomUUID();
      if (!(await state.tryLease(this.#scope, holder, this.deps.leaseMs))) return this.#retryLater();
      let seen: string | undefined;
      try {
        // Read while callbacks keep arriving: each leaves a new mark.
        for (;;) {
          const mark = await state.requested(this.#scope);
          seen = mark?.id;
          await this.#readAll(holder, mark?.syncToken);
          if ((await state.requested(this.#scope))?.id === seen) break;
        }
      } finally {
        await state.releaseLease(this.#scope, holder).catch(() => false);
      }
      // A callback that came while we held the lease (and so could not take it) is read now.
      if ((await state.requested(this.#scope))?.id === seen) return;
    }
  }

  /**
   * Another process holds the lease: it sees our mark — unless it died holding it (a crash, a
   * restart), so ask once more when its lease would have lapsed, instead of waiting for the next poll.
   */
  #retryLater(): void {
    if (this.#retry || this.#stopped) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.request().catch((err: unknown) => {
        this.deps.log.error({ code: asAppError(err).code, channel: WECOM_KF_CHANNEL_ID, err }, 'wecom-kf.sync.failed');
      });
    }, this.deps.leaseMs);
    this.#retry.unref();
  }

  /** No more reads from this process; one under way finishes. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
  }

  async #readAll(holder: string, syncToken: string | undefined): Promise<void> {
    const { api, state } = this.deps;
    let cursor = await state.cursor(this.#scope);
    for (;;) {
      const page = await api.syncMsg({ cursor, syncToken, openKfId: this.deps.openKfId, limit: this.deps.pageSize ?? 1000 });
      for (const item of page.items) {
        await this.#keepLease(holder);
        const message = KfMessageSchema.safeParse(item);
        if (!message.success) {
          this.deps.log.warn({ code: 'CHANNEL_BAD_ACTIVITY', channel: WECOM_KF_CHANNEL_ID, reason: 'sync-item' }, 'wecom-kf.message.skipped');
          continue;
        }
        if (this.deps.openKfId && message.data.open_kfid !== this.deps.openKfId) continue;
        await this.deps.handle(message.data);
      }
      await this.#keepLease(holder);
      if (page.nextCursor) {
        await state.saveCursor(this.#scope, page.nextCursor);
        cursor = page.nextCursor;
      }
      if (!page.hasMore) return;
    }
  }

  async #keepLease(holder: string): Promise<void> {
    if (await this.deps.state.renewLease(this.#scope, holder, this.deps.leaseMs)) return;
    throw new AppError('CHANNEL_DISCONNECTED', 'Lost the WeCom sync lease to another process; it reads on from the saved cursor.', { details: { channel: WECOM_KF_CHANNEL_ID, reason: 'sync-lease-lost' } });
  }
}
