import { joinWithin } from '../join-within.js';

/**
 * The one message a push may be answered with in its HTTP response, and the order of the rest.
 * WeChat waits 5 s for the response and then retries; a turn's first text that is ready by the
 * deadline goes back in the response, everything after it through the customer-service API, in
 * the order the turn said it and only after the response has left (else the API's message could
 * overtake the passive one). The texts ready by then share the one passive message while they fit
 * its limit: a greeting and an answer arrive together, and fewer messages count against the
 * follower's customer-service quota.
 */
export class PassiveReply {
  readonly #waiting: string[] = [];
  #state: 'collecting' | 'answered' | 'released' = 'collecting';
  #chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly sendLater: (text: string) => Promise<void>,
    private readonly onSendError: (err: unknown) => void,
    private readonly maxChars: number,
  ) {}

  offer(text: string): void {
    if (this.#state === 'released') this.#enqueue(text);
    else this.#waiting.push(text);
  }

  /** At the deadline or the turn's end: the text for the HTTP response, if any is ready. Once only. */
  answer(): string | undefined {
    if (this.#state !== 'collecting') return undefined;
    this.#state = 'answered';
    const { text, used } = joinWithin(this.#waiting, this.maxChars);
    this.#waiting.splice(0, used);
    return text;
  }

  /** The response has been written: what waits, and anything said later, goes through the API. */
  release(): void {
    if (this.#state === 'released') return;
    this.#state = 'released';
    for (const text of this.#waiting.splice(0)) this.#enqueue(text);
  }

  /** Resolves when every text handed to the API so far has been sent (or failed and been reported). */
  settled(): Promise<void> {
    return this.#chain;
  }

  #enqueue(text: string): void {
    this.#chain = this.#chain.then(() => this.sendLater(text)).catch(this.onSendError);
  }
}
