import type { Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { expectAppError, tally, useFixture, type ContractFixture } from './contract-fixture.js';

/** botbuilder's Storage with MemoryStorage's eTag rules (botbuilder-core/lib/memoryStorage.js). */
export function describeStorageContract(name: string, make: () => Promise<ContractFixture<Storage>>): void {
  describe(`${name} (Storage contract)`, () => {
    const fixture = useFixture(make);

    it('reads nothing for keys never written', async () => {
      const { store } = fixture();
      expect(await store.read([])).toEqual({});
      expect(await store.read(['web/conversations/none'])).toEqual({});
    });

    it('reads back what was written, with an eTag, through JSON like a network store', async () => {
      const { store } = fixture();
      const item = {
        dialogState: { stack: [{ id: 'support', state: { step: 2 } }] },
        text: '洗衣机不排水 🙂', count: 3, ok: true, none: null, missing: undefined,
        at: new Date('2025-03-14T02:00:00.000Z'),
      };
      await store.write({ 'web/conversations/c1': item, 'web/users/u1': { name: 'Lee' } });
      const read = await store.read(['web/conversations/c1', 'web/users/u1', 'other']);
      expect(Object.keys(read).sort()).toEqual(['web/conversations/c1', 'web/users/u1']);
      const { eTag, ...rest } = read['web/conversations/c1'];
      expect(typeof eTag).toBe('string');
      expect(rest).toEqual(JSON.parse(JSON.stringify(item)));
      expect(item).not.toHaveProperty('eTag');
    });

    it('gives every write a fresh eTag', async () => {
      const { store } = fixture();
      await store.write({ k: { v: 1 } });
      const first = (await store.read(['k'])).k;
      await store.write({ k: first });
      const second = (await store.read(['k'])).k;
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a write with a stale eTag as STORE_CONFLICT and keeps the stored item', async () => {
      const { store } = fixture();
      await store.write({ k: { v: 1 } });
      const stale = (await store.read(['k'])).k;
      await store.write({ k: { ...stale, v: 2 } });
      await expectAppError(store.write({ k: { ...stale, v: 3 } }), 'STORE_CONFLICT');
      expect((await store.read(['k'])).k.v).toBe(2);
    });

    it("always writes an item with eTag '*' or without an eTag", async () => {
      const { store } = fixture();
      await store.write({ k: { v: 1 } });
      await store.write({ k: { v: 2, eTag: '*' } });
      await store.write({ k: { v: 3 } });
      expect((await store.read(['k'])).k.v).toBe(3);
    });

    it('writes an item with an eTag to a key not stored yet, as MemoryStorage does', async () => {
      const { store } = fixture();
      await store.write({ k: { v: 1, eTag: 'from-elsewhere' } });
      expect((await store.read(['k'])).k.v).toBe(1);
    });

    it('lets exactly one of two processes write over the same eTag', async () => {
      const { store, peer } = fixture();
      await store.write({ k: { v: 0 } });
      const read = (await store.read(['k'])).k;
      const results = await Promise.allSettled([
        store.write({ k: { ...read, v: 1 } }),
        peer.write({ k: { ...read, v: 2 } }),
      ]);
      expect(tally(results)).toEqual({ won: 1, codes: ['STORE_CONFLICT'] });
    });

    it('deletes items, and ignores keys that are not there', async () => {
      const { store, peer } = fixture();
      await store.write({ a: { v: 1 }, b: { v: 2 } });
      await store.delete(['a', 'never']);
      expect(Object.keys(await peer.read(['a', 'b']))).toEqual(['b']);
    });
  });
}
