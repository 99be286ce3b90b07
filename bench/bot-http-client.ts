import { Agent, request } from 'node:http';
import type { Talker } from './conversation-scripts.js';

/**
 * A customer over POST /api/messages with deliveryMode "expectReplies", like
 * test/helpers/bot-framework-client.ts, but on node:http with keep-alive: fetch's per-request cost
 * would make the load generator, not the server, the bottleneck on two cores.
 */
/** Thrown instead of sending once the load's deadline has passed: the conversation is cut, not failed. */
export class LoadStopped extends Error {}

export class BotHttpTalker implements Talker {
  #sequence = 0;
  constructor(
    private readonly url: URL,
    private readonly agent: Agent,
    private readonly conversationId: string,
    private readonly userId: string,
    private readonly onTurn: (ms: number) => void,
    private readonly deadline = Number.POSITIVE_INFINITY,
  ) {}

  join(): Promise<string> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: '王女士' }] });
  }

  say(text: string): Promise<string> {
    return this.post({ type: 'message', text });
  }

  private async post(activity: Record<string, unknown>): Promise<string> {
    if (Date.now() >= this.deadline) throw new LoadStopped();
    const body = JSON.stringify({
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: this.conversationId },
      from: { id: this.userId, name: '王女士', role: 'user' },
      recipient: { id: 'bot', role: 'bot' },
      id: `${this.conversationId}-${(this.#sequence += 1)}`,
      ...activity,
    });
    const start = process.hrtime.bigint();
    const { status, text } = await postJson(this.url, this.agent, body);
    this.onTurn(Number(process.hrtime.bigint() - start) / 1e6);
    // An expectReplies caller over its customer limit gets 429 (customer-rate-limit.ts), no words: counted as silent.
    if (status === 429 && text.includes('CUSTOMER_RATE_LIMITED')) return '';
    if (status !== 200) throw new Error(`POST /api/messages → ${status}: ${text.slice(0, 200)}`);
    const parsed = JSON.parse(text) as { activities?: { text?: string }[] };
    return (parsed.activities ?? []).map((a) => a.text ?? '').join('\n');
  }
}

function postJson(url: URL, agent: Agent, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: 30_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
