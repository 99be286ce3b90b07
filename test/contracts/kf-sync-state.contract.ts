import { describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/stores.js';
import { KfSyncState } from '../../src/channels/wecom-kf/kf-sync-state.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The WeCom reading position on a backing store: `peer` is a second process on the same data. */
export function describeKfSyncStateContract(name: string, make: () => Promise<ContractFixture<Pick<Stores, 'storage' | 'turnLock'>>>): void {
  describe(`${name} (KfSyncState contract)`, () => {
    const fixture = useFixture(async () => {
      const stores = await make();
      const state = (s: Pick<Stores, 'storage' | 'turnLock'>) => new KfSyncState(s.storage, s.turnLock);
      return { store: state(stores.store), peer: state(stores.peer), close: () => stores.close() };
    });

    it('has no cursor before the first page, and another process reads the one saved', async () => {
      const { store, peer } = fixture();
      expect(await store.cursor('wk1')).toBeUndefined();
      await store.saveCursor('wk1', 'cursor-after-page-1');
      await store.saveCursor('wk1', 'cursor-after-page-2');
      expect(await peer.cursor('wk1')).toBe('cursor-after-page-2');
      expect(await peer.cursor('wk2')).toBeUndefined();
    });

    it('lets one process read at a time, and the next once the holder is done or dead', async () => {
      const { store, peer } = fixture();
      expect(await store.tryLease('wk1', 'process-a', MINUTE_MS)).toBe(true);
      expect(await peer.tryLease('wk1', 'process-b', MINUTE_MS)).toBe(false);
      expect(await peer.tryLease('wk2', 'process-b', MINUTE_MS)).toBe(true);
      expect(await store.releaseLease('wk1', 'process-a')).toBe(true);
      expect(await peer.tryLease('wk1', 'process-b', 100)).toBe(true);
      await pause(250);
      // process-b died holding it: its lease lapsed, and it can no longer renew it.
      expect(await peer.renewLease('wk1', 'process-b', MINUTE_MS)).toBe(false);
      expect(await store.tryLease('wk1', 'process-c', MINUTE_MS)).toBe(true);
    });

    it('shows the holder a fresh mark for every callback another process received, with its sync token', async () => {
      const { store, peer } = fixture();
      expect(await store.requested('wk1')).toBeUndefined();
      await peer.markRequested('wk1', 'sync-token-1');
      const first = await store.requested('wk1');
      expect(first).toMatchObject({ syncToken: 'sync-token-1' });
      await peer.markRequested('wk1', 'sync-token-1');
      const second = await store.requested('wk1');
      expect(second?.id).not.toBe(first?.id);
    });
  });
}
