import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  answer: Record<string, unknown>;
}

/**
 * A local stand-in for the Slack Web API (https://slack.com/api/<method>): answers what the desk
 * calls and records every call, so tests see exactly what would have been posted to Slack.
 */
export class SlackApiStandIn {
  readonly calls: SlackCall[] = [];
  #server?: Server;
  #waiters = new Set<() => void>();
  #ts = 0;

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => { body += chunk; });
      request.on('end', () => {
        const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0];
        const args = parseArgs(body, request.headers['content-type'] ?? '');
        const answer = this.#answer(method, args);
        this.calls.push({ method, args, answer });
        for (const wake of this.#waiters) wake();
        this.#waiters.clear();
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/api/`;
  }

  /** The first recorded call (already made or still to come) that `match` accepts. */
  async waitFor(match: (call: SlackCall) => boolean): Promise<SlackCall> {
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.#waiters.add(resolve));
    }
  }

  posts(): SlackCall[] {
    return this.calls.filter((call) => call.method === 'chat.postMessage');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
    if (method === 'chat.postMessage') return { ok: true, channel: args.channel, ts: `1700000000.${String(++this.#ts).padStart(6, '0')}` };
    return { ok: true };
  }
}

function parseArgs(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = key === 'blocks' ? JSON.parse(value) : value;
  }
  return args;
}

/** Posts to the bolt endpoint as Slack does, signed with `secret` (https://api.slack.com/authentication/verifying-requests-from-slack). */
export async function postSignedToSlackEndpoint(url: string, secret: string, body: string, contentType: string, options: { badSignature?: boolean } = {}): Promise<number> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', options.badSignature ? 'wrong-secret' : secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
    body,
  });
  await response.text();
  return response.status;
}

export function buttonClick(actionId: string, conversationId: string, userId: string, channelId: string, responseUrl: string): string {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', token: 'legacy', trigger_id: 't-1', response_url: responseUrl,
    team: { id: 'T1', domain: 'test' }, user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: 'T1' },
    channel: { id: channelId, name: 'support-desk' }, container: { type: 'message', channel_id: channelId, message_ts: '1700000000.000001' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: conversationId, text: { type: 'plain_text', text: actionId }, action_ts: '1700000001.0' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function threadReply(channelId: string, threadTs: string, userId: string, text: string): string {
  return JSON.stringify({
    type: 'event_callback', token: 'legacy', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${Date.now()}`, event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: channelId, channel_type: 'channel', user: userId, text, ts: `${Date.now() / 1000}`, thread_ts: threadTs },
  });
}
