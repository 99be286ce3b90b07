import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WechatApiCall {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  answer: Record<string, unknown>;
}

/**
 * A local stand-in for WeChat's API servers (api.weixin.qq.com, qyapi.weixin.qq.com): issues
 * access tokens, and records customer-service sends and media downloads, checking each carries
 * the token it issued last — as WeChat does once a new one has replaced it.
 */
export class WechatApiStandIn {
  readonly calls: WechatApiCall[] = [];
  /** Media files by media_id, served by media/get. */
  readonly media = new Map<string, { bytes: Buffer; contentType: string }>();
  /** OpenIDs for which custom/send answers 45015 (out of the 48-hour window). */
  readonly outOfWindow = new Set<string>();
  #issued = 0;
  #valid = new Set<string>();
  #server?: Server;
  #waiters = new Set<() => void>();

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://stand-in');
        const query = Object.fromEntries(url.searchParams);
        const text = Buffer.concat(chunks).toString('utf8');
        const body = text ? JSON.parse(text) as Record<string, unknown> : {};
        const media = url.pathname === '/cgi-bin/media/get' && this.#valid.has(query.access_token) ? this.media.get(query.media_id) : undefined;
        const answer = media ? { errcode: 0 } : this.#answer(url.pathname, query, body);
        this.calls.push({ path: url.pathname, query, body, answer });
        for (const wake of this.#waiters) wake();
        this.#waiters.clear();
        if (media) {
          response.writeHead(200, { 'content-type': media.contentType, 'content-length': media.bytes.length });
          response.end(media.bytes);
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/`;
  }

  /** How many access tokens were handed out. */
  tokenFetches(): number {
    return this.calls.filter((call) => call.path === '/cgi-bin/token' || call.path === '/cgi-bin/gettoken').length;
  }

  /** WeChat retires every token issued so far (as when another client fetched one): the next call answers 40001. */
  revokeTokens(): void {
    this.#valid.clear();
  }

  /** Texts sent through the customer-service API to `openId`, in order. */
  sentTo(openId: string): string[] {
    return this.calls
      .filter((call) => call.path === '/cgi-bin/message/custom/send' && call.answer.errcode === 0 && call.body.touser === openId)
      .map((call) => (call.body.text as { content: string }).content);
  }

  async waitFor(match: (call: WechatApiCall) => boolean, timeoutMs = 10_000): Promise<WechatApiCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('the WeChat stand-in saw no such call');
      await new Promise<void>((resolve) => {
        this.#waiters.add(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  #answer(path: string, query: Record<string, string>, body: Record<string, unknown>): Record<string, unknown> {
    if (path === '/cgi-bin/token' || path === '/cgi-bin/gettoken') {
      const token = `token-${++this.#issued}`;
      this.#valid.add(token);
      return { errcode: 0, access_token: token, expires_in: 7200 };
    }
    if (!this.#valid.has(query.access_token)) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    if (path === '/cgi-bin/message/custom/send') {
      if (this.outOfWindow.has(String(body.touser))) return { errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' };
      return { errcode: 0, errmsg: 'ok' };
    }
    if (path === '/cgi-bin/media/get') return { errcode: 40007, errmsg: 'invalid media_id' };
    return { errcode: 0, errmsg: 'ok' };
  }
}
