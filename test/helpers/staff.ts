import { TEST_ADMIN_TOKEN } from './test-app.js';

/** Staff accounts for handoff tests: two agents, a supervisor, and a trainer who must be refused. */
export const STAFF = {
  li: 'agent-li-token-0123456789',
  wang: 'agent-wang-token-0123456789',
  zhou: 'supervisor-zhou-token-0123456789',
  trainer: 'trainer-token-0123456789',
  admin: TEST_ADMIN_TOKEN,
} as const;

export const STAFF_TOKENS_ENV = `li:agent:${STAFF.li},wang:agent:${STAFF.wang},zhou:supervisor:${STAFF.zhou},tr:trainer:${STAFF.trainer}`;

export interface StaffAnswer<T = unknown> {
  status: number;
  body: T;
}

/** The staff API as an outside tool calls it: JSON over HTTP with a bearer token. */
export function staffClient(baseUrl: string, token: string | undefined) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<StaffAnswer<T>> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  }
  return {
    queue: () => call<{ queue: Array<Record<string, unknown> & { conversationId: string }> }>('GET', '/api/handoff'),
    claim: (id: string) => call<{ request?: { claimedBy: string }; code?: string }>('POST', `/api/handoff/${encodeURIComponent(id)}/claim`),
    say: (id: string, text: string) => call<{ delivered?: boolean; code?: string }>('POST', `/api/handoff/${encodeURIComponent(id)}/messages`, { text }),
    release: (id: string, resumeAt?: 'thank' | 'ask') => call<{ released?: boolean; code?: string }>('POST', `/api/handoff/${encodeURIComponent(id)}/release`, resumeAt ? { resumeAt } : {}),
    transcript: (id: string) => call<TranscriptAnswer>('GET', `/api/conversations/${encodeURIComponent(id)}/transcript`),
  };
}

export interface TranscriptAnswer {
  conversationId: string;
  entries: Array<{ from: string; text: string; sender: { kind: string; id?: string } }>;
  context: { language?: string; articleTried?: { id: string; title?: string }; stepsDone?: number; tickets: unknown[] };
  code?: string;
}
