import { describe, expect, it } from 'vitest';
import { TICKET_NUMBER_PATTERN, type Ticket } from '../../src/tickets/ticket.js';
import type { TicketStore } from '../../src/tickets/ticket-store.js';
import { expectAppError, tally, useFixture, type ContractFixture } from './contract-fixture.js';
import { sampleDraft } from './sample-records.js';

export interface TicketStoreFixture extends ContractFixture<TicketStore> {
  /** Overwrites the stored record of `id` with raw text, as a bad migration or a hand edit would. */
  writeRaw(id: string, raw: string): Promise<void>;
}

const DAY = '20250314';

export function describeTicketStoreContract(name: string, make: () => Promise<TicketStoreFixture>): void {
  describe(`${name} (TicketStore contract)`, () => {
    const fixture = useFixture(make);

    it('numbers tickets RT-<day>-0001, 0002, … and stores them at version 1', async () => {
      const { store } = fixture();
      const draft = sampleDraft();
      const first = await store.create(draft, DAY);
      const second = await store.create(sampleDraft(), DAY);
      expect(first).toEqual({ ...draft, id: `RT-${DAY}-0001`, version: 1 });
      expect(second.id).toBe(`RT-${DAY}-0002`);
      expect(first.id).toMatch(TICKET_NUMBER_PATTERN);
      expect(await store.get(first.id)).toEqual(first);
    });

    it('starts every day at 0001', async () => {
      const { store } = fixture();
      await store.create(sampleDraft(), DAY);
      expect((await store.create(sampleDraft(), '20250315')).id).toBe('RT-20250315-0001');
    });

    it('returns the first ticket for a repeated idempotency key without using a number', async () => {
      const { store } = fixture();
      const first = await store.create(sampleDraft({ idempotencyKey: 'intake-a' }), DAY);
      const again = await store.create(sampleDraft({ idempotencyKey: 'intake-a', problem: 'changed' }), DAY);
      expect(again).toEqual(first);
      expect((await store.create(sampleDraft(), DAY)).id).toBe(`RT-${DAY}-0002`);
    });

    it('hands out unique consecutive numbers to two processes creating at once', async () => {
      const { store, peer } = fixture();
      const created = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? peer : store).create(sampleDraft(), DAY)));
      const ids = created.map((t) => t.id).sort();
      expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `RT-${DAY}-${String(i + 1).padStart(4, '0')}`));
    });

    it('creates one ticket when two processes retry the same intake at once', async () => {
      const { store, peer } = fixture();
      const draft = sampleDraft();
      const [a, b] = await Promise.all([store.create(draft, DAY), peer.create(draft, DAY)]);
      expect(a).toEqual(b);
      expect(await store.list({})).toHaveLength(1);
    });

    it('returns undefined for an unknown number', async () => {
      expect(await fixture().store.get(`RT-${DAY}-0042`)).toBeUndefined();
    });

    it('rejects an invalid draft or day with TICKET_INVALID and stores nothing', async () => {
      const { store } = fixture();
      await expectAppError(store.create(sampleDraft({ phone: '1' }), DAY), 'TICKET_INVALID');
      await expectAppError(store.create(sampleDraft(), '2025-03-14'), 'TICKET_INVALID');
      expect(await store.list({})).toEqual([]);
    });

    it('saves a change, bumps the version and rejects a save of the older version', async () => {
      const { store } = fixture();
      const ticket = await store.create(sampleDraft(), DAY);
      const saved = await store.save({ ...ticket, status: 'dispatched' });
      expect(saved.version).toBe(2);
      expect(await store.get(ticket.id)).toEqual(saved);
      await expectAppError(store.save({ ...ticket, status: 'cancelled' }), 'STORE_CONFLICT');
      expect((await store.get(ticket.id))?.status).toBe('dispatched');
    });

    it('lets exactly one of two processes save the same version', async () => {
      const { store, peer } = fixture();
      const ticket = await store.create(sampleDraft(), DAY);
      const results = await Promise.allSettled([
        store.save({ ...ticket, status: 'dispatched' }),
        peer.save({ ...ticket, status: 'cancelled' }),
      ]);
      expect(tally(results)).toEqual({ won: 1, codes: ['STORE_CONFLICT'] });
      expect((await store.get(ticket.id))?.version).toBe(2);
    });

    it('fails a save of an unknown ticket with TICKET_NOT_FOUND', async () => {
      const { store } = fixture();
      const ticket = { ...sampleDraft(), id: `RT-${DAY}-0099`, version: 1 } as Ticket;
      await expectAppError(store.save(ticket), 'TICKET_NOT_FOUND');
    });

    it('fails with STORE_CORRUPT when a stored record no longer fits the schema', async () => {
      const { store, writeRaw } = fixture();
      const ticket = await store.create(sampleDraft(), DAY);
      await writeRaw(ticket.id, JSON.stringify({ ...ticket, status: 'lost' }));
      await expectAppError(store.get(ticket.id), 'STORE_CORRUPT');
      await writeRaw(ticket.id, '{not json');
      await expectAppError(store.get(ticket.id), 'STORE_CORRUPT');
    });

    describe('list', () => {
      const at = (hour: number) => `2025-03-14T${String(hour).padStart(2, '0')}:00:00.000Z`;

      async function seed(store: TicketStore): Promise<Ticket[]> {
        const alice = { channel: 'web', userId: 'alice', conversationId: 'c-a' };
        const bob = { channel: 'wechat', userId: 'bob', conversationId: 'c-b' };
        return [
          await store.create(sampleDraft({ customer: alice, createdAt: at(1) }), DAY),
          await store.create(sampleDraft({ customer: bob, createdAt: at(3), visit: { date: '2025-03-16', period: 'evening' } }), DAY),
          await store.create(sampleDraft({ customer: alice, createdAt: at(2), status: 'dispatched' }), DAY),
        ];
      }

      it('lists newest first, up to the limit', async () => {
        const { store } = fixture();
        const [t1, t2, t3] = await seed(store);
        expect((await store.list({})).map((t) => t.id)).toEqual([t2.id, t3.id, t1.id]);
        expect((await store.list({ limit: 2 })).map((t) => t.id)).toEqual([t2.id, t3.id]);
      });

      it('filters by status, customer and visit date, alone and together', async () => {
        const { store } = fixture();
        const [t1, t2, t3] = await seed(store);
        const ids = async (query: Parameters<TicketStore['list']>[0]) => (await store.list(query)).map((t) => t.id);
        expect(await ids({ status: 'open' })).toEqual([t2.id, t1.id]);
        expect(await ids({ customer: { channel: 'web', userId: 'alice' } })).toEqual([t3.id, t1.id]);
        expect(await ids({ customer: { channel: 'wechat', userId: 'alice' } })).toEqual([]);
        expect(await ids({ visitDate: '2025-03-16' })).toEqual([t2.id]);
        expect(await ids({ status: 'open', customer: { channel: 'web', userId: 'alice' } })).toEqual([t1.id]);
        expect(await ids({ status: 'closed' })).toEqual([]);
      });

      it('counts the bookings of one region\'s half-day, without cancelled ones or the ticket being moved', async () => {
        const { store, peer } = fixture();
        const morning = { date: '2025-03-15', period: 'morning' as const, region: 'shanghai' };
        const a = await store.create(sampleDraft(), DAY);
        const b = await peer.create(sampleDraft(), DAY);
        await store.create(sampleDraft({ region: 'beijing' }), DAY);
        await store.create(sampleDraft({ visit: { date: '2025-03-15', period: 'afternoon' } }), DAY);
        await store.create(sampleDraft({ visit: { date: '2025-03-16', period: 'morning' } }), DAY);
        expect(await store.countBookedVisits(morning)).toBe(2);
        expect(await peer.countBookedVisits(morning, a.id)).toBe(1);
        expect(await store.countBookedVisits({ ...morning, region: 'guangzhou' })).toBe(0);

        await store.save({ ...b, status: 'cancelled' });
        expect(await store.countBookedVisits(morning)).toBe(1);
        const moved = await store.save({ ...a, visit: { date: '2025-03-16', period: 'morning' } });
        expect(await store.countBookedVisits(morning)).toBe(0);
        expect(await store.countBookedVisits({ ...morning, date: '2025-03-16' })).toBe(2);
        await store.save({ ...moved, status: 'closed' });
        expect(await store.countBookedVisits({ ...morning, date: '2025-03-16' })).toBe(2);
      });

      it('follows a saved change of status and visit date', async () => {
        const { store } = fixture();
        const [t1] = await seed(store);
        await store.save({ ...t1, status: 'closed', visit: { date: '2025-03-20', period: 'afternoon' } });
        expect((await store.list({ status: 'closed' })).map((t) => t.id)).toEqual([t1.id]);
        expect((await store.list({ status: 'open' })).map((t) => t.id)).not.toContain(t1.id);
        expect((await store.list({ visitDate: '2025-03-20' })).map((t) => t.version)).toEqual([2]);
        expect((await store.list({ visitDate: '2025-03-15' })).map((t) => t.id)).not.toContain(t1.id);
      });
    });
  });
}
