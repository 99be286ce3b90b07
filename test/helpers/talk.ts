import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { Ticket } from '../../src/tickets/ticket.js';
import type { TestBot } from './test-bot.js';

export interface Who {
  name?: string;
  userId?: string;
  conversationId?: string;
  channelId?: string;
  locale?: string;
}

/** What a conversation looks like after the steps awaited so far. */
export interface TalkSnapshot {
  /** The bot's messages in answer to the last thing the customer did. */
  replies: string[];
  /** Every bot message so far. */
  all: string[];
  /** Suggested-action titles on the last turn's replies. */
  buttons: string[];
  ticketId?: string;
  ticket?: Ticket;
}

type Pattern = RegExp | string;

/**
 * A conversation that reads like the script:
 * `await talk(env).user('洗衣机不排水').expectReply(/明白/).user('还是不行')…expectTicket()`.
 * Each call queues a step; awaiting runs them in order through botbuilder's TestAdapter.
 */
export class Conversation implements PromiseLike<TalkSnapshot> {
  readonly adapter: TestAdapter;
  readonly who: Required<Omit<Who, 'name'>> & { name: string };
  #chain: Promise<void> = Promise.resolve();
  #replies: Partial<Activity>[] = [];
  #all: string[] = [];
  #ticketId?: string;
  #ticket?: Ticket;

  constructor(private readonly env: TestBot, who: Who = {}) {
    this.who = {
      name: who.name ?? '',
      userId: who.userId ?? `user-${randomUUID()}`,
      conversationId: who.conversationId ?? `conv-${randomUUID()}`,
      channelId: who.channelId ?? 'test',
      locale: who.locale ?? 'zh-CN',
    };
    this.adapter = new TestAdapter((turn) => env.bot.run(turn), {
      channelId: this.who.channelId,
      locale: this.who.locale,
      from: { id: this.who.userId, name: this.who.name, role: 'user' },
      conversation: { id: this.who.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    });
  }

  #step(work: () => Promise<void> | void): this {
    this.#chain = this.#chain.then(work);
    return this;
  }

  #text(): string {
    return this.#replies.map((reply) => reply.text ?? '').join('\n');
  }

  async #receive(activity: Partial<Activity>): Promise<void> {
    await this.adapter.receiveActivity(activity);
    this.#replies = this.adapter.activeQueue.splice(0);
    this.#all.push(...this.#replies.map((reply) => reply.text ?? ''));
    this.#checkNoLoop();
  }

  #lastPrompts: string[] = [];

  /**
   * Issue 14: the same prompt is never sent three times in a row. The prompt is the last message of
   * a turn; three turns ending on the same text fail the conversation test that caused them.
   */
  #checkNoLoop(): void {
    const prompt = this.#replies[this.#replies.length - 1]?.text;
    if (!prompt) return;
    this.#lastPrompts = [...this.#lastPrompts, prompt].slice(-3);
    if (this.#lastPrompts.length === 3 && this.#lastPrompts.every((p) => p === prompt)) {
      throw new Error(`the bot sent the same prompt three times in a row: ${prompt}`);
    }
  }

  /** The customer opens the chat (the channel says a member joined). */
  join(): this {
    return this.#step(() => this.#receive({
      type: 'conversationUpdate',
      membersAdded: [{ id: this.who.userId, name: this.who.name }],
    }));
  }

  user(text: string): this {
    return this.#step(() => this.#receive({ type: 'message', text }));
  }

  /** Any activity (malformed ones included) as the channel would deliver it. */
  activity(activity: Partial<Activity>): this {
    return this.#step(() => this.#receive(activity));
  }

  expectReply(...patterns: Pattern[]): this {
    return this.#step(() => {
      for (const pattern of patterns) expect(this.#text()).toMatch(pattern);
    });
  }

  expectNoReplyLike(pattern: Pattern): this {
    return this.#step(() => { expect(this.#text()).not.toMatch(pattern); });
  }

  expectButtons(...titles: Pattern[]): this {
    return this.#step(() => {
      const buttons = this.#buttons().join('\n');
      for (const title of titles) expect(buttons).toMatch(title);
    });
  }

  /** The last turn announced a ticket number that the store holds; `check` looks closer. */
  expectTicket(check?: (ticket: Ticket) => void): this {
    return this.#step(async () => {
      const id = this.#text().match(/RT-\d{8}-\d{4}/)?.[0];
      expect(id, `no ticket number in: ${this.#text()}`).toBeDefined();
      const ticket = await this.env.stores.tickets.get(id!);
      expect(ticket, `ticket ${id} is not in the store`).toBeDefined();
      this.#ticketId = id;
      this.#ticket = ticket;
      check?.(ticket!);
    });
  }

  /** Says `text` until the bot's reply matches `until` (e.g. "还是不行" through the steps), at most `max` times. */
  repeatUntil(text: string, until: RegExp, max = 10): this {
    return this.#step(async () => {
      for (let i = 0; i < max; i += 1) {
        await this.#receive({ type: 'message', text });
        if (until.test(this.#text())) return;
      }
      throw new Error(`"${text}" ×${max} never got a reply matching ${until}; last: ${this.#text()}`);
    });
  }

  /** Runs something between turns (fill the store, move the clock). */
  do(work: () => Promise<void> | void): this {
    return this.#step(work);
  }

  #buttons(): string[] {
    return this.#replies.flatMap((reply) => reply.suggestedActions?.actions.map((action) => action.title) ?? []);
  }

  then<A = TalkSnapshot, B = never>(
    onFulfilled?: ((value: TalkSnapshot) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    // Resolves with a plain snapshot, never with `this`: a thenable resolving to itself would never settle.
    return this.#chain.then(() => ({
      replies: this.#replies.map((reply) => reply.text ?? ''),
      all: [...this.#all],
      buttons: this.#buttons(),
      ticketId: this.#ticketId,
      ticket: this.#ticket,
    })).then(onFulfilled, onRejected);
  }
}

export function talk(env: TestBot, who: Who = {}): Conversation {
  return new Conversation(env, who);
}
