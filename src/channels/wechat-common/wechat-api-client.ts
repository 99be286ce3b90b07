import { AppError } from '../../errors.js';
import type { FetchedToken, SharedAccessToken } from './shared-access-token.js';

/** errcodes meaning "this access token is no longer good": invalid, not the latest, expired. */
const TOKEN_REJECTED = new Set([40001, 40014, 42001]);

export interface WechatApiAnswer {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

export interface DownloadedMedia {
  bytes: Buffer;
  contentType: string;
}

function failed(path: string, reason: string, extra: Record<string, unknown> = {}, cause?: unknown): AppError {
  // The path only, never the URL: its query carries the access token.
  return new AppError('CHANNEL_SEND_FAILED', `WeChat API ${path} failed: ${reason}.`, { details: { path, reason, ...extra }, cause });
}

/**
 * WeChat's HTTP APIs (Official Account and WeCom share the shape): the access token in the query,
 * errors as HTTP 200 with a non-zero errcode. A rejected token is refreshed once, for every
 * process (SharedAccessToken), and the call made again once.
 */
export class WechatApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: SharedAccessToken,
    private readonly timeoutMs = 5000,
  ) {}

  async postJson(path: string, body: unknown): Promise<WechatApiAnswer> {
    return this.#withToken(path, async (token) => {
      const response = await this.#fetch(path, token, {}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return readAnswer(path, response);
    });
  }

  /** A media file, read no further than `maxBytes` + 1 so an oversized one is refused without being held in memory whole. */
  async download(path: string, query: Record<string, string>, maxBytes: number): Promise<DownloadedMedia> {
    const result = await this.#withToken(path, async (token) => {
      const response = await this.#fetch(path, token, query, { method: 'GET' });
      const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
      // Errors come back as JSON instead of the file.
      if (/json|text\/plain/.test(contentType)) return readAnswer(path, response);
      return { errcode: 0, media: { bytes: await readCapped(response, maxBytes), contentType } };
    });
    return result.media as DownloadedMedia;
  }

  async #withToken(path: string, call: (token: string) => Promise<WechatApiAnswer>): Promise<WechatApiAnswer> {
    const first = await this.token.get();
    let answer = await call(first);
    if (answer.errcode !== undefined && TOKEN_REJECTED.has(answer.errcode)) {
      answer = await call(await this.token.refreshAfterRejection(first));
    }
    if (answer.errcode) throw failed(path, 'errcode', { errcode: answer.errcode, errmsg: answer.errmsg });
    return answer;
  }

  async #fetch(path: string, token: string, query: Record<string, string>, init: RequestInit): Promise<Response> {
    const url = new URL(path.replace(/^\//, ''), this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
    url.searchParams.set('access_token', token);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    try {
      return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      throw failed(path, 'network', {}, err);
    }
  }
}

/** GET a token endpoint (Official Account /cgi-bin/token, WeCom /cgi-bin/gettoken) with the app's credentials. */
export async function fetchWechatToken(baseUrl: string, path: string, query: Record<string, string>, timeoutMs = 5000): Promise<FetchedToken> {
  const url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw failed(path, 'network', {}, err);
  }
  const answer = await readAnswer(path, response);
  if (answer.errcode || typeof answer.access_token !== 'string') {
    throw failed(path, 'token', { errcode: answer.errcode, errmsg: answer.errmsg });
  }
  return { token: answer.access_token, expiresInSeconds: Number(answer.expires_in ?? 7200) };
}

async function readAnswer(path: string, response: Response): Promise<WechatApiAnswer> {
  if (!response.ok) throw failed(path, 'http', { status: response.status });
  try {
    return (await response.json()) as WechatApiAnswer;
  } catch (err) {
    throw failed(path, 'not-json', {}, err);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks);
}
