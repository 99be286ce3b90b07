import { randomUUID } from 'node:crypto';

export interface BotReply {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string; value: unknown }[] };
}

/**
 * Talks to POST /api/messages the way an outside tool does: plain HTTP, Bot Framework activities,
 * deliveryMode "expectReplies" so the replies come back in the response body.
 */
export class BotFrameworkClient {
  readonly conversationId = `conv-${randomUUID()}`;
  constructor(private readonly baseUrl: string, readonly userId = `user-${randomUUID()}`, private readonly userName = '') {}

  /** How transcripts and the agents' desk name this conversation: channel and conversation id. */
  get key(): string {
    return `test:${this.conversationId}`;
  }

  async send(text: string, id: string = randomUUID()): Promise<BotReply[]> {
    return this.post({ type: 'message', text, id });
  }

  async join(): Promise<BotReply[]> {
    return this.post({ type: 'conversationUpdate', id: randomUUID(), membersAdded: [{ id: this.userId, name: this.userName }] });
  }

  async post(activity: Record<string, unknown>): Promise<BotReply[]> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:1/unused',
        deliveryMode: 'expectReplies',
        conversation: { id: this.conversationId },
        from: { id: this.userId, name: this.userName, role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        ...activity,
      }),
    });
    if (response.status !== 200) throw new Error(`POST /api/messages → ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { activities?: BotReply[] };
    return body.activities ?? [];
  }
}

export function texts(replies: BotReply[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}
