import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Stores } from '../../src/store/stores.js';
import type { BotReply } from './bot-framework-client.js';
import { PROCESS_ADMIN_TOKEN } from './bot-process.js';

/** The honest replies of the turn error boundary (src/bot/turn-error.ts): the message was not taken. */
export const NOT_TAKEN = /暂时连接不上|还在处理您上一条|出了点问题|briefly unavailable|still working on your previous|went wrong on my side/;

/** The six-step script up to the ticket, in Chinese; the reply to the last one carries the ticket number. */
export const INTAKE_SCRIPT = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午', '确认'];

export interface Sent {
  id: string;
  text: string;
  replies: BotReply[];
  /** The bot answered it normally: the customer may rely on it having been taken. */
  acknowledged: boolean;
}

/**
 * A Bot Framework customer who may talk to several processes of one deployment, and remembers
 * which of their messages the bot acknowledged, to check afterwards that each is stored exactly once.
 */
export class FaultCustomer {
  readonly conversationId = `conv-${randomUUID()}`;
  readonly userId = `user-${randomUUID()}`;
  readonly sent: Sent[] = [];

  async send(baseUrl: string, text: string, id: string = randomUUID()): Promise<Sent> {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id, text, channelId: 'test', serviceUrl: 'http://127.0.0.1:1/unused', deliveryMode: 'expectReplies',
        conversation: { id: this.conversationId }, from: { id: this.userId, role: 'user' }, recipient: { id: 'bot', role: 'bot' },
      }),
    });
    expect(response.status, `POST /api/messages "${text}"`).toBe(200);
    const replies = ((await response.json()) as { activities?: BotReply[] }).activities ?? [];
    const sent = { id, text, replies, acknowledged: replies.length > 0 && !NOT_TAKEN.test(replyText(replies)) };
    this.sent.push(sent);
    return sent;
  }

  /** Sends `text` until the bot takes it (after an outage the client needs a moment to reconnect). */
  async sendUntilTaken(baseUrl: string, text: string, tries = 40): Promise<Sent> {
    for (let i = 0; i < tries; i++) {
      const sent = await this.send(baseUrl, text);
      if (sent.acknowledged) return sent;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`"${text}" was never taken`);
  }

  /**
   * Every acknowledged message is in the transcript exactly once and in order. `unacknowledged`
   * texts (a turn cut off by a crash) may appear at most once each, besides.
   */
  async expectTranscriptExact(stores: Stores, unacknowledged: string[] = []): Promise<void> {
    const stored = (await stores.transcripts.read(`test:${this.conversationId}`)).filter((e) => e.from === 'customer').map((e) => e.text);
    const expected = this.sent.filter((s) => s.acknowledged).map((s) => s.text);
    const leftover = [...stored];
    let at = 0;
    for (const text of expected) {
      const found = leftover.indexOf(text, at);
      expect(found, `acknowledged "${text}" in the transcript ${JSON.stringify(stored)}`).toBeGreaterThanOrEqual(0);
      leftover.splice(found, 1);
      at = found;
    }
    const allowed = [...unacknowledged];
    for (const text of leftover) {
      const i = allowed.indexOf(text);
      expect(i, `"${text}" stored but never acknowledged; transcript ${JSON.stringify(stored)}`).toBeGreaterThanOrEqual(0);
      allowed.splice(i, 1);
    }
  }

  /** The customer's tickets as staff see them (GET /api/tickets with the admin token). */
  async tickets(baseUrl: string): Promise<{ id: string; rating?: number; status: string }[]> {
    const query = new URLSearchParams({ channel: 'test', userId: this.userId });
    const response = await fetch(`${baseUrl}/api/tickets?${query}`, { headers: { authorization: `Bearer ${PROCESS_ADMIN_TOKEN}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { tickets: { id: string; rating?: number; status: string }[] }).tickets;
  }
}

export function replyText(replies: BotReply[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}

export function ticketNumberIn(replies: BotReply[]): string | undefined {
  return replyText(replies).match(/RT-\d{8}-\d{4}/)?.[0];
}
