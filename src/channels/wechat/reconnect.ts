import type { Log } from '../../log.js';

/** Waits between connection attempts: quick at first, then at most a minute apart. */
export const RECONNECT_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000] as const;

export interface Connection {
  /** Resolves when connected; throws (or rejects) when this attempt failed. */
  open(): Promise<void>;
  close(): Promise<void>;
}

/** Identical errors of one attempt, folded into one log line: the message and how often it came. */
export interface RepeatedError {
  message: string;
  count: number;
}

/**
 * Keeps a channel connected: retries a failed start with growing delays and reconnects after a
 * drop, logging each attempt once. Failures stay here — they never reach the process or other channels.
 */
export class Reconnector {
  #stopped = false;
  /** Errors the SDK reported while the current attempt ran, by message; an unreachable puppet sends a dozen per attempt. */
  readonly #attemptErrors = new Map<string, RepeatedError>();
  /** Set from the loop's first line: the first attempt runs before `#running` is assigned. */
  #connecting = false;
  #running: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #wake: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly channel: string,
    private readonly delaysMs: readonly number[] = RECONNECT_DELAYS_MS,
  ) {}

  /** Starts connecting in the background; the promise resolves once connected (or stopped). */
  connect(): Promise<void> {
    this.#running ??= this.#loop(false).finally(() => { this.#running = undefined; });
    return this.#running;
  }

  /** The connection dropped: close what is left of it and connect again. */
  reconnect(reason: string): void {
    if (this.#stopped || this.#running) return;
    this.log.warn({ code: 'CHANNEL_DISCONNECTED', channel: this.channel, reason }, 'channel.disconnected');
    this.#running = this.#loop(true).finally(() => { this.#running = undefined; });
  }

  /**
   * An error the SDK reported on its own (Wechaty's 'error' event). While connecting it is counted
   * and logged with the attempt's one line; once connected it is logged as it comes.
   */
  noteError(err: unknown): void {
    if (!this.#connecting) {
      this.log.error({ code: 'CHANNEL_DISCONNECTED', channel: this.channel, err }, 'channel.error');
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    const seen = this.#attemptErrors.get(message);
    if (seen) seen.count += 1;
    else this.#attemptErrors.set(message, { message, count: 1 });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#wake?.();
    await this.#running?.catch(() => {});
    await this.connection.close();
  }

  async #loop(afterDrop: boolean): Promise<void> {
    this.#connecting = true;
    try {
      await this.#attempts(afterDrop);
    } finally {
      this.#connecting = false;
    }
  }

  async #attempts(afterDrop: boolean): Promise<void> {
    for (let attempt = 0; !this.#stopped; attempt += 1) {
      if (afterDrop || attempt > 0) await this.#sleep(this.delaysMs[Math.min(attempt, this.delaysMs.length - 1)]);
      if (this.#stopped) return;
      try {
        if (afterDrop || attempt > 0) await this.connection.close();
        await this.connection.open();
        this.log.info({ channel: this.channel, attempt: attempt + 1, reconnected: afterDrop || attempt > 0, ...this.#takeErrors() }, 'channel.connected');
        return;
      } catch (err) {
        const retryInMs = this.delaysMs[Math.min(attempt + 1, this.delaysMs.length - 1)];
        this.log.warn({ code: 'CHANNEL_DISCONNECTED', channel: this.channel, attempt: attempt + 1, retryInMs, err, ...this.#takeErrors() }, 'channel.connect.failed');
      }
    }
  }

  /** The attempt's SDK errors, each message once with its count, and no stacks: the attempt's own error carries one. */
  #takeErrors(): { errors?: RepeatedError[] } {
    if (!this.#attemptErrors.size) return {};
    const errors = [...this.#attemptErrors.values()];
    this.#attemptErrors.clear();
    return { errors };
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#timer = setTimeout(resolve, ms);
    });
  }
}
