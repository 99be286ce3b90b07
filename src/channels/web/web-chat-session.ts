import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';

export interface WebChatSession {
  conversationId: string;
  userId: string;
}

/** A checked token: the session, and when the token was issued and runs out (ms since the epoch). */
export interface VerifiedSession extends WebChatSession {
  issuedAtMs: number;
  expiresAtMs: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: string;
}

export interface WebChatSessionOptions {
  /** Signs every token; any process holding it can check one, so sessions spread across processes without a lookup. */
  secret: string;
  /** A session token's life; each use in the second half of it issues a fresh one. */
  ttlMs: number;
  /** Where revocations are kept, shared by every process (the bot's state storage). */
  storage: Storage;
  clock: Clock;
}

/**
 * Long enough to open the stream after fetching the ticket on a slow phone, short enough that a
 * URL caught in a proxy log or the browser history is useless by the time anyone reads it.
 */
export const STREAM_TICKET_TTL_MS = 60_000;

/** s: a session token (Authorization header); t: a stream ticket (the only thing a URL carries). */
type Purpose = 's' | 't';

const PayloadSchema = z.object({ c: z.string().min(1), u: z.string().min(1), i: z.number(), e: z.number(), p: z.enum(['s', 't']) });
const RevocationSchema = z.object({ beforeMs: z.number() });

const revocationKey = (userId: string) => `webchat/revoked/${userId}`;

/**
 * Signed session tokens for the web chat page. Stateless to check (HMAC), with two exceptions that
 * need the shared storage: a revocation (a customer's data deleted: every token issued to them
 * before then is refused) and nothing else. Tokens expire; the routes renew them while in use.
 */
export class WebChatSessions {
  constructor(private readonly options: WebChatSessionOptions) {}

  create(): { session: WebChatSession } & IssuedToken {
    const session = { conversationId: `wc-${randomUUID()}`, userId: `wu-${randomUUID()}` };
    return { session, ...this.#issue(session, 's', this.options.ttlMs) };
  }

  /** The session of a valid, unexpired, unrevoked session token; HTTP_UNAUTHORIZED otherwise. */
  verify(token: string | undefined): Promise<VerifiedSession> {
    return this.#verify(token, 's');
  }

  /** A short-lived ticket for the stream URL, so the session token itself never appears in a URL. */
  streamTicket(session: WebChatSession): IssuedToken {
    return this.#issue(session, 't', STREAM_TICKET_TTL_MS);
  }

  verifyStreamTicket(ticket: string | undefined): Promise<VerifiedSession> {
    return this.#verify(ticket, 't');
  }

  /** A fresh token once the one in use is past half its life; undefined while it is younger. */
  renewal(verified: VerifiedSession): IssuedToken | undefined {
    const left = verified.expiresAtMs - this.options.clock.now().getTime();
    return left < this.options.ttlMs / 2 ? this.#issue(verified, 's', this.options.ttlMs) : undefined;
  }

  /** Refuses every token issued to this customer until now, in every process. */
  async revoke(userId: string): Promise<void> {
    await this.options.storage.write({ [revocationKey(userId)]: { beforeMs: this.options.clock.now().getTime(), eTag: '*' } });
  }

  /** True once the customer's tokens were revoked after this one was issued (an open stream checks it now and then). */
  async isRevoked(verified: VerifiedSession): Promise<boolean> {
    const key = revocationKey(verified.userId);
    const stored = RevocationSchema.safeParse((await this.options.storage.read([key]))[key]);
    return stored.success && verified.issuedAtMs <= stored.data.beforeMs;
  }

  async #verify(token: string | undefined, purpose: Purpose): Promise<VerifiedSession> {
    const [payload, signature, ...extra] = (token ?? '').split('.');
    if (!payload || !signature || extra.length) throw unauthorized();
    const expected = this.#signature(payload);
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthorized();
    const parsed = PayloadSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
    // Tokens from before expiry existed carry no `e`: refused like expired ones, the page starts a new session.
    if (!parsed.success || parsed.data.p !== purpose) throw unauthorized();
    if (parsed.data.e <= this.options.clock.now().getTime()) throw unauthorized('expired');
    const verified = { conversationId: parsed.data.c, userId: parsed.data.u, issuedAtMs: parsed.data.i, expiresAtMs: parsed.data.e };
    if (await this.isRevoked(verified)) throw unauthorized('revoked');
    return verified;
  }

  #issue(session: WebChatSession, purpose: Purpose, ttlMs: number): IssuedToken {
    const now = this.options.clock.now().getTime();
    const body = { c: session.conversationId, u: session.userId, i: now, e: now + ttlMs, p: purpose };
    const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
    return { token: `${payload}.${this.#signature(payload).toString()}`, expiresAt: new Date(body.e).toISOString() };
  }

  #signature(payload: string): Buffer {
    return Buffer.from(createHmac('sha256', this.options.secret).update(payload).digest('base64url'));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function unauthorized(why: 'invalid' | 'expired' | 'revoked' = 'invalid'): AppError {
  const message = why === 'invalid' ? 'The web chat session token is missing or invalid; start a new session.'
    : `The web chat session has ${why === 'expired' ? 'expired' : 'ended'}; start a new session.`;
  return new AppError('HTTP_UNAUTHORIZED', message, { status: 401, details: { reason: why } });
}
