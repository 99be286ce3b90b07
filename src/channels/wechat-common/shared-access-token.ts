import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { TurnLock } from '../../bot/turn-lock.js';
import { AppError } from '../../errors.js';

export interface FetchedToken {
  token: string;
  expiresInSeconds: number;
}

interface StoredToken {
  token: string;
  /** ISO time WeChat's expires_in ends. */
  expiresAt: string;
}

export interface SharedAccessTokenDeps {
  /** Which credential, e.g. `oa:wx123…` or `kf:ww456…`: one shared token per app. */
  name: string;
  /** The bot's Storage (SQLite or Redis): where every process reads the token one of them fetched. */
  storage: Storage;
  /** Its lease decides which process fetches; the others wait for the stored result. */
  lock: TurnLock;
  fetchToken: () => Promise<FetchedToken>;
  clock: Clock;
  /** Refresh this long before WeChat's expiry, so no request carries a token about to lapse. */
  refreshMarginMs?: number;
  /** How long a process waits for another's fetch before giving up on this send. */
  waitMs?: number;
}

const LEASE_MS = 15_000;
const POLL_MS = 100;

/**
 * An access token for the whole deployment. WeChat caps fetches per day and a new token retires
 * the old one (after a 5-minute overlap: https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html),
 * so every process fetching its own would log the others out: one process fetches under a lease
 * and stores the token; the others read it.
 */
export class SharedAccessToken {
  #cached?: StoredToken;
  readonly #key: string;

  constructor(private readonly deps: SharedAccessTokenDeps) {
    this.#key = `wechat-token/${deps.name}`;
  }

  /** A token valid for at least the refresh margin. */
  get(): Promise<string> {
    if (this.#cached && this.#fresh(this.#cached)) return Promise.resolve(this.#cached.token);
    return this.#obtain((stored) => this.#fresh(stored));
  }

  /**
   * WeChat answered "token expired" (40001/42001) for `rejected`: a new one, fetched once for all
   * processes — when another process already replaced it, that one is used.
   */
  refreshAfterRejection(rejected: string): Promise<string> {
    this.#cached = undefined;
    return this.#obtain((stored) => stored.token !== rejected && this.#fresh(stored));
  }

  async #obtain(usable: (stored: StoredToken) => boolean): Promise<string> {
    const deadline = Date.now() + (this.deps.waitMs ?? 10_000);
    const leaseKey = `${this.#key}/fetch`;
    for (;;) {
      const stored = await this.#read();
      if (stored && usable(stored)) return this.#keep(stored);
      const holder = randomUUID();
      if (await this.deps.lock.tryAcquire(leaseKey, holder, LEASE_MS)) {
        try {
          // Another process may have stored one between our read and our lease.
          const again = await this.#read();
          if (again && usable(again)) return this.#keep(again);
          return this.#keep(await this.#fetchAndStore());
        } finally {
          await this.deps.lock.release(leaseKey, holder).catch(() => false);
        }
      }
      if (Date.now() >= deadline) {
        throw new AppError('CHANNEL_SEND_FAILED', 'Waited too long for another process to fetch the WeChat access token.', { details: { reason: 'access-token-wait', name: this.deps.name } });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async #fetchAndStore(): Promise<StoredToken> {
    const fetched = await this.deps.fetchToken();
    const token: StoredToken = {
      token: fetched.token,
      expiresAt: new Date(this.deps.clock.now().getTime() + fetched.expiresInSeconds * 1000).toISOString(),
    };
    await this.deps.storage.write({ [this.#key]: { ...token, eTag: '*' } });
    return token;
  }

  async #read(): Promise<StoredToken | undefined> {
    const item = (await this.deps.storage.read([this.#key]))[this.#key] as Partial<StoredToken> | undefined;
    return item?.token && item.expiresAt ? { token: item.token, expiresAt: item.expiresAt } : undefined;
  }

  #keep(token: StoredToken): string {
    this.#cached = token;
    return token.token;
  }

  #fresh(token: StoredToken): boolean {
    const margin = this.deps.refreshMarginMs ?? 5 * 60_000;
    return Date.parse(token.expiresAt) - margin > this.deps.clock.now().getTime();
  }
}
