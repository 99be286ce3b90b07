import { describe, expect, it } from 'vitest';
import type { SlaDueItem, SlaSchedule } from '../../src/tickets/sla-schedule.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const T0 = Date.parse('2025-03-14T02:00:00.000Z');
const MINUTE_MS = 60_000;
const at = (minutes: number) => new Date(T0 + minutes * MINUTE_MS);
const item = (ticketId: string, kind: SlaDueItem['kind'], minutes: number): SlaDueItem =>
  ({ ticketId, kind, dueAt: at(minutes).toISOString() });
const LEASE_MS = 5 * MINUTE_MS;

export function describeSlaScheduleContract(name: string, make: () => Promise<ContractFixture<SlaSchedule>>): void {
  describe(`${name} (SlaSchedule contract)`, () => {
    const fixture = useFixture(make);

    it('hands out only the items already due, earliest first', async () => {
      const { store } = fixture();
      await store.schedule(item('RT-20250314-0002', 'onsite-due', 30));
      await store.schedule(item('RT-20250314-0001', 'response-due', 10));
      await store.schedule(item('RT-20250314-0001', 'progress-due', 90));
      expect(await store.claimDue(at(5), LEASE_MS, 10)).toEqual([]);
      expect(await store.claimDue(at(30), LEASE_MS, 10)).toEqual([
        item('RT-20250314-0001', 'response-due', 10),
        item('RT-20250314-0002', 'onsite-due', 30),
      ]);
    });

    it('keeps one item per ticket and kind: scheduling again moves it', async () => {
      const { store, peer } = fixture();
      await store.schedule(item('RT-20250314-0001', 'progress-due', 10));
      await peer.schedule(item('RT-20250314-0001', 'progress-due', 60));
      expect(await store.pending('RT-20250314-0001')).toEqual([item('RT-20250314-0001', 'progress-due', 60)]);
      expect(await store.claimDue(at(30), LEASE_MS, 10)).toEqual([]);
    });

    it('leases a claimed item: hidden until the lease ends, then due again', async () => {
      const { store, peer } = fixture();
      await store.schedule(item('RT-20250314-0001', 'response-due', 0));
      expect(await store.claimDue(at(1), LEASE_MS, 10)).toHaveLength(1);
      expect(await peer.claimDue(at(3), LEASE_MS, 10)).toEqual([]);
      expect(await store.pending('RT-20250314-0001')).toEqual([item('RT-20250314-0001', 'response-due', 6)]);
      expect(await peer.claimDue(at(6), LEASE_MS, 10)).toEqual([item('RT-20250314-0001', 'response-due', 6)]);
    });

    it('respects the limit', async () => {
      const { store } = fixture();
      for (let i = 1; i <= 5; i++) await store.schedule(item(`RT-20250314-000${i}`, 'progress-due', i));
      const first = await store.claimDue(at(10), LEASE_MS, 2);
      const rest = await store.claimDue(at(10), LEASE_MS, 10);
      expect(first.map((x) => x.ticketId)).toEqual(['RT-20250314-0001', 'RT-20250314-0002']);
      expect(rest.map((x) => x.ticketId)).toEqual(['RT-20250314-0003', 'RT-20250314-0004', 'RT-20250314-0005']);
      expect(await store.claimDue(at(10), LEASE_MS, 0)).toEqual([]);
    });

    it('removes one kind or all of a ticket\'s items', async () => {
      const { store, peer } = fixture();
      for (const kind of ['response-due', 'onsite-due', 'progress-due'] as const) {
        await store.schedule(item('RT-20250314-0001', kind, 10));
        await store.schedule(item('RT-20250314-0002', kind, 10));
      }
      await peer.remove('RT-20250314-0001', 'response-due');
      expect((await store.pending('RT-20250314-0001')).map((x) => x.kind)).toEqual(['onsite-due', 'progress-due']);
      await peer.remove('RT-20250314-0001');
      await peer.remove('RT-20250314-0009');
      expect(await store.pending('RT-20250314-0001')).toEqual([]);
      expect(await store.pending('RT-20250314-0002')).toHaveLength(3);
    });

    it('gives each due item to exactly one of two processes claiming at once', async () => {
      const { store, peer } = fixture();
      const ids = Array.from({ length: 40 }, (_, i) => `RT-20250314-${String(i + 1).padStart(4, '0')}`);
      for (const id of ids) await store.schedule(item(id, 'progress-due', 0));
      const claims = await Promise.all([store, peer, store, peer].map((s) => s.claimDue(at(1), LEASE_MS, 15)));
      const claimed = claims.flat().map((x) => x.ticketId);
      expect(claimed.sort()).toEqual(ids);
    });

    it('keeps the sign-off timeout and the care check-in beside the SLA items, each removable alone', async () => {
      const { store, peer } = fixture();
      await store.schedule(item('RT-20250314-0001', 'progress-due', 10));
      await store.schedule(item('RT-20250314-0001', 'signoff-due', 20));
      await store.schedule(item('RT-20250314-0001', 'care-due', 30));
      await peer.remove('RT-20250314-0001', 'signoff-due');
      expect(await store.pending('RT-20250314-0001')).toEqual([
        item('RT-20250314-0001', 'progress-due', 10), item('RT-20250314-0001', 'care-due', 30),
      ]);
      expect(await store.claimDue(at(40), LEASE_MS, 10)).toHaveLength(2);
      expect(await peer.claimDue(at(41), LEASE_MS, 10)).toEqual([]);
    });

    it('rejects an item that is not a valid due item before storing it', async () => {
      const { store } = fixture();
      await expect(store.schedule({ ticketId: 'nope', kind: 'progress-due', dueAt: at(0).toISOString() })).rejects.toThrow();
      expect(await store.pending('nope')).toEqual([]);
    });
  });
}
