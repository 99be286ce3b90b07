import type { Log } from '../log.js';
import { deleteCustomerData, type CustomerKey, type DeleteCustomerDataDeps, type DeletionOutcome } from './delete-customer-data.js';
import { DeletionJobs } from './deletion-job.js';

export interface CustomerDeletionsDeps extends DeleteCustomerDataDeps {
  log: Log;
  /** How long a pending job waits before trying its busy conversations again; a turn's lease lapses within TURN_LOCK_TTL_MS. */
  retryMs: number;
}

/**
 * Runs deletion requests to the end: a request that meets a running turn answers at once with what
 * is done (tickets first), and the rest is retried here until finished. Jobs are saved in the shared
 * storage, so one left by a stopped process is resumed by whichever process starts next.
 */
export class CustomerDeletions {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #running = new Set<Promise<unknown>>();
  #closed = false;

  constructor(private readonly deps: CustomerDeletionsDeps) {}

  async request(customer: CustomerKey): Promise<DeletionOutcome> {
    const outcome = await this.#track(deleteCustomerData(customer, this.deps));
    if (outcome.status === 'pending') this.#retryLater(customer);
    return outcome;
  }

  /** Picks up the jobs an earlier process left unfinished. */
  async resumePending(): Promise<void> {
    for (const customer of await new DeletionJobs(this.deps.stores.storage).pending()) this.#retryLater(customer, 0);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await Promise.allSettled([...this.#running]);
  }

  #retryLater(customer: CustomerKey, delayMs = this.deps.retryMs): void {
    const key = `${customer.channel}\u0000${customer.userId}`;
    if (this.#closed || this.#timers.has(key)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(key);
      this.#track(deleteCustomerData(customer, this.deps)).then((outcome) => {
        if (outcome.status === 'pending') return this.#retryLater(customer);
        this.deps.log.info({ channel: customer.channel, userId: customer.userId, ...outcome.deleted }, 'customer.data.deleted');
      }, (err: unknown) => {
        this.deps.log.error({ code: 'STORE_UNAVAILABLE', channel: customer.channel, err }, 'customer.data.deletion.failed');
        this.#retryLater(customer);
      });
    }, delayMs);
    // A pending deletion must not keep a stopping process alive; the next process resumes it.
    timer.unref();
    this.#timers.set(key, timer);
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#running.add(work);
    work.finally(() => this.#running.delete(work)).catch(() => undefined);
    return work;
  }
}
