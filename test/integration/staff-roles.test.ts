import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/http/auth.js';
import { listRoutes, type Route } from '../helpers/list-routes.js';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/test-app.js';

type Caller = Exclude<StaffRole, 'admin'>;
const CALLERS: readonly Caller[] = ['agent', 'supervisor', 'trainer', 'engineer'];
const TOKENS: Record<Caller | 'admin', string> = {
  agent: 'role-test-agent-token-0123456789',
  supervisor: 'role-test-supervisor-token-0123456789',
  trainer: 'role-test-trainer-token-0123456789',
  engineer: 'role-test-engineer-token-0123456789',
  admin: TEST_ADMIN_TOKEN,
};
/** An engineer token names its service point. */
const STAFF_TOKENS = CALLERS.map((role) => `${role}-1:${role === 'engineer' ? 'engineer@SP-Test' : role}:${TOKENS[role]}`).join(',');

/** A conversation waiting for an agent, so an agent may read its transcript (an agent may read only those). */
const QUEUED = 'role-test-queued';

/**
 * Who may call each staff route, read from its guard in src/http/routes/*.ts; the admin token holds
 * every role. A route missing here fails the completeness case, so none can be added unguarded.
 */
const ROLE_TABLE: Record<string, readonly Caller[] | 'admin-only'> = {
  'GET /api/tickets': ['agent', 'supervisor'],
  'GET /api/tickets/:id': ['agent', 'supervisor'],
  'POST /api/tickets/:id/transitions': ['agent', 'supervisor'],
  'GET /api/handoff': ['agent', 'supervisor'],
  'GET /api/handoff/events': ['agent', 'supervisor'],
  'POST /api/handoff/:conversationId/claim': ['agent', 'supervisor'],
  'POST /api/handoff/:conversationId/messages': ['agent', 'supervisor'],
  'POST /api/handoff/:conversationId/article': ['agent', 'supervisor'],
  'POST /api/handoff/:conversationId/release': ['agent', 'supervisor'],
  'GET /api/conversations/:conversationId/transcript': ['agent', 'supervisor'],
  'GET /api/articles': ['trainer'],
  'POST /api/articles': ['trainer'],
  'POST /api/articles/preview': ['trainer'],
  'GET /api/articles/:id': ['trainer'],
  'PUT /api/articles/:id': ['trainer'],
  'POST /api/articles/:id/publish': ['trainer'],
  'POST /api/articles/:id/retire': ['trainer'],
  'GET /api/articles/:id/revisions': ['trainer'],
  'POST /api/articles/:id/revert': ['trainer'],
  'POST /api/kb/ask': ['trainer'],
  'GET /api/kb/unanswered': ['trainer'],
  'POST /api/kb/unanswered/draft': ['trainer'],
  'GET /api/reports/summary': ['supervisor'],
  'GET /api/staff/me': ['agent', 'supervisor', 'trainer'],
  'DELETE /api/customers/:channel/:userId': 'admin-only',
  'GET /api/engineer/tickets': ['engineer', 'supervisor'],
  'POST /api/tickets/:id/visit': ['engineer', 'supervisor'],
};

/** Customers, channels and the static pages: no staff token, by design. /slack/events exists only with SLACK_ENABLED. */
const PUBLIC = new Set([
  'GET /', 'GET /healthz', 'GET /readyz', 'POST /api/messages', 'POST /api/webchat/sessions', 'POST /api/webchat/activities', 'POST /api/webchat/stream-tickets', 'GET /api/webchat/stream',
  'POST /slack/events', 'GET /metrics', 'GET /console', 'GET /trainer', 'GET /dashboard', 'GET /backoffice/common.js', 'GET /backoffice/charts.js',
  'GET /backoffice/trainer.js', 'GET /backoffice/dashboard.js', 'GET /backoffice/style.css', 'GET /engineer',
]);

/** Ids that name nothing (so an admitted call changes nothing), except the queued conversation. */
const PARAMS: Record<string, string> = {
  ':id': 'RT-20990101-0001', ':conversationId': 'role-test-nobody', ':channel': 'test', ':userId': 'role-test-nobody',
};

const keyOf = (route: Route) => `${route.method} ${route.path}`;

function urlOf(key: string): string {
  const path = key.split(' ')[1] ?? '';
  if (path === '/api/conversations/:conversationId/transcript') return `/api/conversations/${QUEUED}/transcript`;
  return path.replace(/:\w+/g, (param) => PARAMS[param] ?? param);
}

/** Over a real port: the event stream never ends, so its body is dropped once the status is known. */
async function call(server: TestApp, key: string, token?: string, body = '{}'): Promise<{ status: number; code?: string }> {
  const method = key.split(' ')[0] ?? 'GET';
  const hasBody = method === 'POST' || method === 'PUT';
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}),
  };
  const answer = await fetch(`${server.baseUrl}${urlOf(key)}`, { method, headers, body: hasBody ? body : undefined });
  if (answer.headers.get('content-type')?.startsWith('text/event-stream')) {
    await answer.body?.cancel();
    return { status: answer.status };
  }
  const text = await answer.text();
  const code = answer.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as { code?: string }).code : undefined;
  return { status: answer.status, code };
}

const cases = Object.entries(ROLE_TABLE).flatMap(([key, allowed]) => [
  ...CALLERS.map((caller) => ({ key, caller, admitted: allowed !== 'admin-only' && allowed.includes(caller) })),
  { key, caller: 'admin' as const, admitted: true },
]);

describe('staff routes: each role gets exactly what it may', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ startSlaClock: false, startIdleSweep: false, env: { STAFF_TOKENS } });
    await server.app.stores.handoffs.enqueue({
      conversationId: QUEUED, customer: { channel: 'test', userId: 'role-test-customer', conversationId: QUEUED },
      language: 'zh', reason: 'asked', priority: 'normal', requestedAt: new Date().toISOString(),
    });
  });
  afterAll(async () => { await server?.close(); });

  it('lists every route the server has, as staff (with its roles) or as public', () => {
    const routes = listRoutes(server.app.server).map(keyOf);
    expect(routes.filter((key) => !PUBLIC.has(key) && !(key in ROLE_TABLE))).toEqual([]);
    expect(Object.keys(ROLE_TABLE).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it.each(Object.keys(ROLE_TABLE))('%s refuses a caller without a token, or with an unknown one, with 401', async (key) => {
    expect(await call(server, key)).toMatchObject({ status: 401, code: 'HTTP_UNAUTHORIZED' });
    expect(await call(server, key, 'not-a-staff-token-0123456789')).toMatchObject({ status: 401, code: 'HTTP_UNAUTHORIZED' });
  });

  it.each(cases)('$key as $caller: admitted $admitted', async ({ key, caller, admitted }) => {
    const answer = await call(server, key, TOKENS[caller]);
    if (admitted) expect([401, 403], `status ${answer.status} ${answer.code ?? ''}`).not.toContain(answer.status);
    else expect(answer).toMatchObject({ status: 403, code: 'HTTP_FORBIDDEN' });
  });

  it('refuses an unauthenticated caller before reading the body: bad JSON still gets 401, not 400', async () => {
    const bodied = Object.keys(ROLE_TABLE).filter((key) => /^(POST|PUT) /.test(key));
    for (const key of bodied) expect(await call(server, key, undefined, '{"not json')).toMatchObject({ status: 401 });
  });
});
