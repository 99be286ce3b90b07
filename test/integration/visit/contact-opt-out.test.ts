import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { TestApp } from '../../helpers/test-app.js';
import { textsOf, WebChatClient } from '../../helpers/web-chat-client.js';
import { api, DAY_MS, dispatchedTicket, ENGINEERS, HOUR_MS, startVisitApp } from './visit-fixture.js';

/** What reached the customer between their turns (the web chat stream). */
const pushedTexts = (client: WebChatClient) => client.stream.events.filter((event) => event.event === 'activity').map((event) => event.data);

describe('a customer who asked not to be contacted, over HTTP', () => {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  let server: TestApp;
  let call: ReturnType<typeof api>;
  let customer: WebChatClient;
  beforeAll(async () => {
    server = await startVisitApp(clock);
    call = api(server);
    customer = await WebChatClient.open(server.baseUrl);
  });
  afterAll(async () => {
    await customer?.close();
    await server?.close();
  });
  const move = (id: string, body: unknown) => call('POST', `/api/tickets/${id}/visit`, ENGINEERS.wu, body);

  it('gets no progress report, visit notice, sign-off question, timeout notice or care message — and is still answered when they write', async () => {
    const ticket = await dispatchedTicket(server, clock, customer);
    expect(textsOf(await customer.send('不用再联系我'))).toMatch(/不会再主动联系您/);
    // 1. Staff see it on the ticket.
    expect((await call('GET', `/api/tickets/${ticket.id}`, ENGINEERS.admin)).body.contactOptOutAt).toBe(clock.now().toISOString());
    const before = pushedTexts(customer).length;

    // 2. A progress report falls due: not sent.
    clock.advance(7 * HOUR_MS);
    await server.app.slaClock.tick();
    // 3. The engineer's moves, the sign-off question, its timeout: recorded, not sent.
    for (const next of ['on-the-way', 'arrived', 'repaired']) expect((await move(ticket.id, { move: next })).status).toBe(200);
    clock.advance(73 * HOUR_MS);
    await server.app.slaClock.tick();
    expect(await server.app.stores.tickets.get(ticket.id)).toMatchObject({ status: 'closed', signOff: { answer: 'timeout' } });
    // 4. Their own message is answered as ever (within the session's week).
    expect(textsOf(await customer.send('洗衣机又不排水了'))).toMatch(/排水|洗衣机/);
    // 5. Three months on: no care check-in.
    clock.advance(90 * DAY_MS);
    await server.app.slaClock.tick();
    expect((await server.app.stores.tickets.get(ticket.id))?.careSentAt).toBeUndefined();

    // 6. Nothing reached the stream; the transcript has no bot line but the replies to their own two messages.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pushedTexts(customer).slice(before)).toEqual([]);
    const transcript = await server.app.stores.transcripts.read(customer.key);
    const optOutAt = transcript.findLastIndex((entry) => entry.text === '不用再联系我');
    const after = transcript.slice(optOutAt);
    const asked = after.findIndex((entry) => entry.text === '洗衣机又不排水了');
    expect(after.slice(2, asked).filter((entry) => entry.from === 'bot')).toEqual([]);
    expect(after.slice(asked).some((entry) => entry.from === 'bot')).toBe(true);

  });
});

describe('a ticket closed by staff through the transitions route', () => {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  let server: TestApp;
  let withoutCare: TestApp;
  beforeAll(async () => {
    [server, withoutCare] = await Promise.all([startVisitApp(clock), startVisitApp(clock, { CARE_ENABLED: 'false' })]);
  });
  afterAll(async () => { await Promise.all([server?.close(), withoutCare?.close()]); });

  async function closeByStaff(app: TestApp, customer: WebChatClient) {
    const ticket = await dispatchedTicket(app, clock, customer);
    for (const to of ['in_progress', 'awaiting_confirmation', 'closed']) {
      expect((await api(app)('POST', `/api/tickets/${ticket.id}/transitions`, ENGINEERS.admin, { to })).status).toBe(200);
    }
    return ticket;
  }

  it('schedules the care check-in on the shared schedule, sent once about 90 days later', async () => {
    const customer = await WebChatClient.open(server.baseUrl);
    try {
      const ticket = await closeByStaff(server, customer);
      expect(await server.app.stores.slaSchedule.pending(ticket.id)).toEqual([
        expect.objectContaining({ kind: 'care-due', dueAt: new Date(clock.now().getTime() + 90 * DAY_MS).toISOString() }),
      ]);
      clock.advance(90 * DAY_MS);
      await server.app.slaClock.tick();
      await customer.pushed(/洗衣机用得还好吗/);
      await server.app.slaClock.tick();
      expect(pushedTexts(customer).filter((text) => /用得还好吗/.test(text))).toHaveLength(1);
    } finally {
      await customer.close();
    }
  });

  it('schedules nothing with CARE_ENABLED=false', async () => {
    const customer = await WebChatClient.open(withoutCare.baseUrl);
    try {
      const ticket = await closeByStaff(withoutCare, customer);
      expect(await withoutCare.app.stores.slaSchedule.pending(ticket.id)).toEqual([]);
    } finally {
      await customer.close();
    }
  });
});
