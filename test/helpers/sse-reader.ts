/** One Server-Sent Event as received. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream over fetch (headers allowed, unlike EventSource) and keeps every event,
 * so a test can wait for the one it expects whatever arrived before it.
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  readonly #controller = new AbortController();
  readonly #waiters = new Set<() => void>();
  #done: Promise<void> = Promise.resolve();

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
    const reader = new SseReader();
    const response = await fetch(url, { headers, signal: reader.#controller.signal });
    if (response.status !== 200 || !response.body) throw new Error(`GET ${url} → ${response.status}: ${await response.text()}`);
    reader.#done = reader.#pump(response.body).catch(() => undefined);
    return reader;
  }

  /** Resolves with the first event (already received or still to come) that `match` accepts. */
  async waitFor(match: (event: SseEvent) => boolean): Promise<SseEvent> {
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.#waiters.add(resolve));
    }
  }

  /** The parsed data of the first matching event. */
  async waitForData<T>(match: (event: SseEvent, data: T) => boolean): Promise<T> {
    const event = await this.waitFor((e) => match(e, JSON.parse(e.data) as T));
    return JSON.parse(event.data) as T;
  }

  async close(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }

  async #pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':'));
        if (lines.length === 0) continue;
        const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
        const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
        this.events.push({ event, data });
        for (const wake of this.#waiters) wake();
        this.#waiters.clear();
      }
    }
  }
}
