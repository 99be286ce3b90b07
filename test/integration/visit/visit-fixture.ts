import { ManualClock } from '../../../src/clock.js';
import { openTicket } from '../../../src/tickets/open-ticket.js';
import type { Ticket } from '../../../src/tickets/ticket.js';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../../helpers/test-app.js';
import { WebChatClient } from '../../helpers/web-chat-client.js';
import { SLA, sampleTicket } from '../../unit/tickets/sla-fixture.js';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const ENGINEERS = {
  wu: 'engineer-wu-shanghai-0123456789',
  ma: 'engineer-ma-beijing-0123456789',
  admin: TEST_ADMIN_TOKEN,
} as const;

export const VISIT_ENV = {
  STAFF_TOKENS: `wu:engineer@SP-Shanghai:${ENGINEERS.wu},ma:engineer@SP-Beijing:${ENGINEERS.ma}`,
  SERVICE_POINTS: '上海=SP-Shanghai,北京=SP-Beijing,*=SP-HQ',
};

export async function startVisitApp(clock: ManualClock, env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({ clock, startSlaClock: false, startIdleSweep: false, env: { ...VISIT_ENV, ...env } });
}

/** The staff API over a real port, as the engineer page and outside tools call it. */
export function api(server: TestApp) {
  return async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Ticket & { code?: string; tickets?: Ticket[] } };
  };
}

/** The web chat session token carries the user id (base64url JSON before the signature). */
export function webChatUserId(client: WebChatClient): string {
  return (JSON.parse(Buffer.from(client.token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { u: string }).u;
}

/** A web chat customer with a ticket of the Shanghai service point, dispatched by the admin. */
export async function dispatchedTicket(server: TestApp, clock: ManualClock, client: WebChatClient, language: 'zh' | 'en' = 'zh'): Promise<Ticket> {
  const customer = { channel: 'webchat', userId: webChatUserId(client), conversationId: client.conversationId };
  const ticket = await openTicket(sampleTicket({ customer, language, warranty: 'out' }), {
    store: server.app.stores.tickets, clock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: server.app.stores.slaSchedule,
  });
  const moved = await api(server)('POST', `/api/tickets/${ticket.id}/transitions`, ENGINEERS.admin, { to: 'dispatched' });
  if (moved.status !== 200) throw new Error(`dispatch → ${moved.status}`);
  return moved.body;
}
