import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { moveTicket } from '../../../src/tickets/move-ticket.js';
import { cancelOwnTicket, rescheduleOwnTicket } from '../../../src/tickets/customer-ticket-change.js';
import { servicePointFor } from '../../../src/tickets/service-points.js';
import type { TicketStore } from '../../../src/tickets/ticket-store.js';
import type { Ticket } from '../../../src/tickets/ticket.js';
import { HOUR_MS, SLA, openSlaFixture } from './sla-fixture.js';

const DAY_MS = 24 * HOUR_MS;
const POINTS = { 上海: 'SP-Shanghai', beijing: 'SP-Beijing', '*': 'SP-HQ' };

describe('ticket changes', () => {
  let fx: ReturnType<typeof openSlaFixture>;
  beforeEach(() => { fx = openSlaFixture(); });
  afterEach(async () => { await fx.close(); });
  const moveDeps = (store: TicketStore = fx.stores.tickets) =>
    ({ store, schedule: fx.stores.slaSchedule, clock: fx.clock, sla: SLA, servicePoints: POINTS });
  const changeDeps = () => ({ store: fx.stores.tickets, schedule: fx.stores.slaSchedule, clock: fx.clock, sla: SLA, visitSlotCapacity: 2, timeZone: 'Asia/Shanghai' });
  const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (err: unknown) => (isAppError(err) ? err.code : String(err)));

  describe('moveTicket', () => {
    it('records who moved it, when, and from → to; dispatch picks the region\'s service point', async () => {
      const ticket = await fx.open();
      fx.clock.advance(HOUR_MS);
      const moved = await moveTicket(moveDeps(), ticket.id, { to: 'dispatched', by: 'staff:li', note: '已电话联系' });
      expect(moved).toMatchObject({ status: 'dispatched', servicePoint: 'SP-Shanghai', version: 2 });
      expect(moved.history.at(-1)).toEqual({ at: fx.clock.now().toISOString(), by: 'staff:li', from: 'open', to: 'dispatched', note: '已电话联系' });
    });

    it.each([
      ['上海', 'SP-Shanghai'], ['Beijing', 'SP-Beijing'], ['成都', 'SP-HQ'],
    ])('sends region %s to %s', (region, point) => {
      expect(servicePointFor(region, POINTS)).toBe(point);
    });

    it('refuses an illegal move and an unknown ticket', async () => {
      const ticket = await fx.open();
      expect(await codeOf(moveTicket(moveDeps(), ticket.id, { to: 'closed', by: 'staff:li' }))).toBe('TICKET_ILLEGAL_TRANSITION');
      expect(await codeOf(moveTicket(moveDeps(), 'RT-20991231-0001', { to: 'dispatched', by: 'staff:li' }))).toBe('TICKET_NOT_FOUND');
    });

    it('retries once on a version conflict, deciding again on the fresh record', async () => {
      const ticket = await fx.open();
      let conflicts = 0;
      // A store whose first save loses to another writer, as if someone moved the ticket at the same moment.
      const racing: TicketStore = {
        get: (id) => fx.stores.tickets.get(id),
        list: (q) => fx.stores.tickets.list(q),
        countBookedVisits: (slot, exceptId) => fx.stores.tickets.countBookedVisits(slot, exceptId),
        create: (d, day) => fx.stores.tickets.create(d, day),
        async save(next: Ticket) {
          if (conflicts++ === 0) await fx.peer.tickets.save((await fx.peer.tickets.get(next.id))!);
          return fx.stores.tickets.save(next);
        },
      };
      const moved = await moveTicket(moveDeps(racing), ticket.id, { to: 'dispatched', by: 'staff:li' });
      expect(conflicts).toBe(2);
      expect(moved).toMatchObject({ status: 'dispatched', version: 3 });
    });
  });

  describe('three strikes (事不过三)', () => {
    it('flags the customer\'s third ticket within the window for a supervisor', async () => {
      const first = await fx.open({}, 90);
      fx.clock.advance(30 * DAY_MS);
      const second = await fx.open({}, 90);
      fx.clock.advance(30 * DAY_MS);
      const third = await fx.open({}, 90);
      expect(first.supervisorFlag).toBeUndefined();
      expect(second.supervisorFlag).toBeUndefined();
      expect(third.supervisorFlag).toEqual({ reason: 'three-strikes', at: fx.clock.now().toISOString(), ticketIds: [first.id, second.id, third.id].sort() });
      expect(third.history.at(-1)?.note).toMatch(/Three strikes/);
      expect(await fx.stores.tickets.get(third.id)).toEqual(third);
    });

    it('does not count tickets older than the window, or cancelled ones', async () => {
      await fx.open({}, 90);
      fx.clock.advance(91 * DAY_MS);
      const cancelled = await fx.open({}, 90);
      await moveTicket(moveDeps(), cancelled.id, { to: 'cancelled', by: 'customer:u-wang' });
      await fx.open({}, 90);
      expect((await fx.open({}, 90)).supervisorFlag).toBeUndefined();
      expect((await fx.open({}, 90)).supervisorFlag?.ticketIds).toHaveLength(3);
    });

    it('flags once when the same intake is retried', async () => {
      await fx.open({}, 90);
      await fx.open({}, 90);
      const third = await fx.open({ idempotencyKey: 'intake-3' }, 90);
      const again = await fx.open({ idempotencyKey: 'intake-3' }, 90);
      expect(again).toEqual(third);
      expect(again.history.filter((event) => /Three strikes/.test(event.note ?? ''))).toHaveLength(1);
    });
  });

  describe('customer cancel and reschedule', () => {
    const wang = { channel: 'webchat', userId: 'u-wang', conversationId: 'c-wang' };
    const li = { channel: 'webchat', userId: 'u-li', conversationId: 'c-li' };

    it('cancels the customer\'s own ticket and takes it off the SLA schedule', async () => {
      const ticket = await fx.open();
      const outcome = await cancelOwnTicket(changeDeps(), wang, ticket.id);
      expect(outcome).toMatchObject({ kind: 'done', ticket: { status: 'cancelled' } });
      expect((await fx.stores.tickets.get(ticket.id))?.history.at(-1)).toMatchObject({ by: 'customer:u-wang', from: 'open', to: 'cancelled' });
      expect(await fx.stores.slaSchedule.pending(ticket.id)).toEqual([]);
    });

    it('answers another customer\'s number exactly as an unknown one, and changes nothing', async () => {
      const ticket = await fx.open();
      expect(await cancelOwnTicket(changeDeps(), li, ticket.id)).toEqual({ kind: 'not-found', ticketId: ticket.id });
      expect(await cancelOwnTicket(changeDeps(), li, 'RT-20991231-0001')).toEqual({ kind: 'not-found', ticketId: 'RT-20991231-0001' });
      expect(await rescheduleOwnTicket(changeDeps(), li, ticket.id, { date: '2026-11-27', period: 'afternoon' }))
        .toEqual({ kind: 'not-found', ticketId: ticket.id });
      expect(await fx.stores.tickets.get(ticket.id)).toEqual(ticket);
    });

    it('without a number, changes the one open ticket, or asks which of several', async () => {
      const ticket = await fx.open();
      expect(await rescheduleOwnTicket(changeDeps(), wang, undefined, { date: '2026-11-27', period: 'afternoon' }))
        .toMatchObject({ kind: 'done', ticket: { id: ticket.id, visit: { date: '2026-11-27', period: 'afternoon' } } });
      await fx.open();
      expect(await cancelOwnTicket(changeDeps(), wang)).toMatchObject({ kind: 'choose' });
      expect(await cancelOwnTicket(changeDeps(), li)).toEqual({ kind: 'none-open' });
    });

    it('refuses once the engineer is at work, and when the new slot is full', async () => {
      const busy = await fx.open();
      await moveTicket(moveDeps(), busy.id, { to: 'dispatched', by: 'staff:li' });
      await moveTicket(moveDeps(), busy.id, { to: 'in_progress', by: 'staff:li' });
      expect(await cancelOwnTicket(changeDeps(), wang, busy.id)).toMatchObject({ kind: 'too-late' });
      const friday = { date: '2026-11-27', period: 'afternoon' } as const;
      await fx.open({ customer: li, visit: friday });
      await fx.open({ customer: { ...li, userId: 'u-zhao' }, visit: friday });
      const mine = await fx.open();
      expect(await rescheduleOwnTicket(changeDeps(), wang, mine.id, friday)).toMatchObject({ kind: 'slot-full' });
      expect(await rescheduleOwnTicket(changeDeps(), wang, mine.id, undefined)).toMatchObject({ kind: 'need-slot' });
    });
  });
});
