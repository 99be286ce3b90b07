import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { openTicket } from '../../../src/tickets/open-ticket.js';
import type { Ticket } from '../../../src/tickets/ticket.js';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../../helpers/test-app.js';
import { SLA, sampleTicket } from '../../unit/tickets/sla-fixture.js';

const TOKENS = {
  agent: 'agent-token-li-0123456789',
  supervisor: 'supervisor-token-zhou-0123',
  trainer: 'trainer-token-wu-0123456789',
  admin: TEST_ADMIN_TOKEN,
};
const HOUR_MS = 60 * 60 * 1000;

let server: TestApp;
const clock = new ManualClock('2026-11-20T02:00:00.000Z');
let early: Ticket;
let late: Ticket;
let english: Ticket;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const ids = (body: Record<string, any>) => (body.tickets as Ticket[]).map((t) => t.id);

beforeAll(async () => {
  server = await startTestApp({
    clock,
    startSlaClock: false,
    env: {
      STAFF_TOKENS: `li:agent:${TOKENS.agent},zhou:supervisor:${TOKENS.supervisor},wu:trainer:${TOKENS.trainer}`,
      SERVICE_POINTS: '上海=SP-Shanghai-Pudong,*=SP-HQ',
    },
  });
  const deps = { store: server.app.stores.tickets, clock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: server.app.stores.slaSchedule };
  early = await openTicket(sampleTicket(), deps);
  clock.advance(3 * HOUR_MS);
  late = await openTicket(sampleTicket({ address: '北京市海淀区中关村大街1号', region: '北京' }), deps);
  english = await openTicket(sampleTicket({ language: 'en', customer: { channel: 'test', userId: 'u-li', conversationId: 'c-li' } }), deps);
});
afterAll(async () => { await server?.close(); });

describe('staff ticket API', () => {
  it.each([
    ['no token', 401, undefined], ['a wrong token', 401, 'not-a-token-at-all-000'], ['a trainer', 403, TOKENS.trainer],
    ['an agent', 200, TOKENS.agent], ['a supervisor', 200, TOKENS.supervisor], ['the admin', 200, TOKENS.admin],
  ])('answers %s listing tickets with %i', async (_who, status, token) => {
    expect((await call('GET', '/api/tickets', token)).status).toBe(status);
  });

  it.each([
    ['a trainer', TOKENS.trainer, 403], ['no token', undefined, 401],
  ])('does not let %s read or move a ticket', async (_who, token, status) => {
    expect((await call('GET', `/api/tickets/${early.id}`, token)).status).toBe(status);
    expect((await call('POST', `/api/tickets/${early.id}/transitions`, token, { to: 'dispatched' })).status).toBe(status);
    expect((await server.app.stores.tickets.get(early.id))?.status).toBe('open');
  });

  it('filters by status, customer, overdue and limit', async () => {
    expect(ids((await call('GET', '/api/tickets?status=open', TOKENS.agent)).body)).toEqual([english.id, late.id, early.id]);
    expect(ids((await call('GET', '/api/tickets?channel=test&userId=u-li', TOKENS.agent)).body)).toEqual([english.id]);
    expect(ids((await call('GET', '/api/tickets?limit=1', TOKENS.agent)).body)).toEqual([english.id]);
    // 3 h after the first ticket: only it has missed its 2 h response deadline.
    expect(ids((await call('GET', '/api/tickets?overdue=true', TOKENS.supervisor)).body)).toEqual([early.id]);
  });

  it('rejects bad filters with 400', async () => {
    for (const query of ['status=lost', 'overdue=yes', 'userId=u-li', 'limit=0']) {
      expect((await call('GET', `/api/tickets?${query}`, TOKENS.agent)).body.code).toBe('HTTP_BAD_REQUEST');
    }
  });

  it('moves a ticket with an audit entry naming the token\'s owner, and dispatches by region', async () => {
    const moved = await call('POST', `/api/tickets/${late.id}/transitions`, TOKENS.agent, { to: 'dispatched', note: '已联系客户' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: late.id, status: 'dispatched', servicePoint: 'SP-HQ' });
    expect(moved.body.history.at(-1)).toEqual({ at: clock.now().toISOString(), by: 'staff:li', from: 'open', to: 'dispatched', note: '已联系客户' });
    const shanghai = await call('POST', `/api/tickets/${early.id.toLowerCase()}/transitions`, TOKENS.supervisor, { to: 'dispatched' });
    expect(shanghai.body).toMatchObject({ servicePoint: 'SP-Shanghai-Pudong', history: expect.arrayContaining([expect.objectContaining({ by: 'staff:zhou' })]) });
    expect(await server.app.stores.tickets.get(early.id)).toEqual(shanghai.body);
  });

  it('answers an illegal move with 409, an unknown ticket with 404, a bad body with 400', async () => {
    const illegal = await call('POST', `/api/tickets/${english.id}/transitions`, TOKENS.agent, { to: 'closed' });
    expect(illegal).toMatchObject({ status: 409, body: { code: 'TICKET_ILLEGAL_TRANSITION' } });
    const unknown = await call('POST', '/api/tickets/RT-20991231-0001/transitions', TOKENS.agent, { to: 'dispatched' });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'TICKET_NOT_FOUND' } });
    for (const body of [{ to: 'flying' }, { to: 'dispatched', note: '' }, { to: 'dispatched', extra: 1 }]) {
      expect((await call('POST', `/api/tickets/${english.id}/transitions`, TOKENS.agent, body)).status).toBe(400);
    }
    expect((await server.app.stores.tickets.get(english.id))?.version).toBe(english.version);
  });

  it('takes a cancelled ticket off the SLA schedule', async () => {
    expect(await server.app.stores.slaSchedule.pending(english.id)).toHaveLength(3);
    expect((await call('POST', `/api/tickets/${english.id}/transitions`, TOKENS.agent, { to: 'cancelled' })).status).toBe(200);
    expect(await server.app.stores.slaSchedule.pending(english.id)).toEqual([]);
  });
});
