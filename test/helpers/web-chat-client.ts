import { SseReader } from './sse-reader.js';

export interface WebChatActivity {
  type: string;
  text?: string;
  from: 'bot' | 'agent';
  suggestions: string[];
}

/** A web chat customer over plain HTTP, as the page talks to the server: session, posts, live stream. */
export class WebChatClient {
  private constructor(
    private readonly baseUrl: string,
    readonly conversationId: string,
    readonly token: string,
    readonly stream: SseReader,
  ) {}

  /** How transcripts and the agents' desk name this conversation: channel and conversation id. */
  get key(): string {
    return `webchat:${this.conversationId}`;
  }

  static async open(baseUrl: string): Promise<WebChatClient> {
    const response = await fetch(`${baseUrl}/api/webchat/sessions`, { method: 'POST' });
    const session = (await response.json()) as { conversationId: string; token: string };
    const stream = await SseReader.open(`${baseUrl}/api/webchat/stream?token=${encodeURIComponent(session.token)}`);
    return new WebChatClient(baseUrl, session.conversationId, session.token, stream);
  }

  /** The bot's replies within the turn; an empty list is the bot staying silent. */
  async send(text: string, locale = 'zh-CN'): Promise<WebChatActivity[]> {
    const response = await fetch(`${this.baseUrl}/api/webchat/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ type: 'message', text, locale }),
    });
    if (response.status !== 200) throw new Error(`POST /api/webchat/activities → ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { activities: WebChatActivity[] }).activities;
  }

  /** Waits for a message pushed between turns (an agent's reply, a notice) whose text matches. */
  async pushed(match: RegExp, from?: 'bot' | 'agent'): Promise<WebChatActivity> {
    return this.stream.waitForData<WebChatActivity>((event, data) => event.event === 'activity' && match.test(data.text ?? '') && (!from || data.from === from));
  }

  close(): Promise<void> {
    return this.stream.close();
  }
}

export function textsOf(activities: WebChatActivity[]): string {
  return activities.map((activity) => activity.text ?? '').join('\n');
}
