import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.js';

export interface WebChatSession {
  conversationId: string;
  userId: string;
}

/**
 * Signed, stateless session tokens for the web chat page: any process holding the secret can
 * check one, so sessions survive restarts and spread across processes without a lookup.
 */
export class WebChatSessions {
  constructor(private readonly secret: string) {}

  create(): { session: WebChatSession; token: string } {
    const session = { conversationId: `wc-${randomUUID()}`, userId: `wu-${randomUUID()}` };
    return { session, token: this.sign(session) };
  }

  verify(token: string | undefined): WebChatSession {
    const [payload, signature] = (token ?? '').split('.');
    if (!payload || !signature) throw unauthorized();
    const expected = this.signature(payload);
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthorized();
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c: string; u: string };
    return { conversationId: parsed.c, userId: parsed.u };
  }

  private sign(session: WebChatSession): string {
    const payload = Buffer.from(JSON.stringify({ c: session.conversationId, u: session.userId })).toString('base64url');
    return `${payload}.${this.signature(payload).toString()}`;
  }

  private signature(payload: string): Buffer {
    return Buffer.from(createHmac('sha256', this.secret).update(payload).digest('base64url'));
  }
}

function unauthorized(): AppError {
  return new AppError('HTTP_UNAUTHORIZED', 'The web chat session token is missing or invalid; start a new session.', { status: 401 });
}
