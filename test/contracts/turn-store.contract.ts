import type { Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { TurnLock } from '../../src/bot/turn-lock.js';
import { stateJson, type TurnOpened, type TurnStore } from '../../src/bot/turn-store.js';
import { expectAppError, useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;
const C1 = 'web/conversations/c1/';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One backend's TurnStore with its TurnLock and Storage, which share its records. */
export interface TurnStoreParts {
  turns: TurnStore;
  lock: TurnLock;
  storage: Storage;
}

const delivery = (id: string, token: string, leaseMs = MINUTE_MS) => ({ id, token, leaseMs, keepMs: MINUTE_MS });
const opening = (token: string, extra: Partial<Parameters<TurnStore['open']>[0]> = {}) =>
  ({ conversation: C1, token, leaseMs: MINUTE_MS, ...extra });

function leased(opened: TurnOpened): Extract<TurnOpened, { leased: true }> {
  if (!opened.leased) throw new Error('expected the lease');
  return opened;
}

export function describeTurnStoreContract(name: string, make: () => Promise<ContractFixture<TurnStoreParts>>): void {
  describe(`${name} (TurnStore contract)`, () => {
    const fixture = useFixture(make);

    it('opens a free conversation with its claim and no state, and refuses a second token while it is held', async () => {
      const { store, peer } = fixture();
      expect(await store.turns.open(opening('a', { delivery: delivery('m1', 'd1') }))).toEqual({ leased: true, claim: 'claimed', state: undefined });
      expect(await peer.turns.open(opening('b', { delivery: delivery('m2', 'd2') }))).toEqual({ leased: false });
      // A refused opening claimed nothing: the same delivery is still claimable once the lease is free.
      await store.turns.close({ conversation: C1, token: 'a' });
      expect(leased(await peer.turns.open(opening('b', { delivery: delivery('m2', 'd2') }))).claim).toBe('claimed');
    });

    it('writes the state, marks the delivery done and frees the lease in one closing', async () => {
      const { store, peer } = fixture();
      await store.turns.open(opening('a', { delivery: delivery('m1', 'd1') }));
      const state = { dialogState: { dialogStack: [{ id: 'support' }] }, profile: { language: 'zh' } };
      await store.turns.close({ conversation: C1, token: 'a', state: { json: JSON.stringify(state) }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS } });
      const next = leased(await peer.turns.open(opening('b', { delivery: delivery('m1', 'd2') })));
      // The channel's retry of m1 is refused; the state is the one written, with an eTag beside it.
      expect(next.claim).toBe('refused');
      expect(next.state?.item).toMatchObject(state);
      expect(next.state?.item.eTag).toEqual(expect.any(String));
      // Unchanged, the text compares equal to what the bot would write again: no write needed.
      expect(stateJson(next.state!.item)).toBe(next.state!.json);
    });

    it('shares its records with the Storage and TurnLock ports', async () => {
      const { store, peer } = fixture();
      await store.storage.write({ [C1]: { profile: { language: 'en' } } });
      // Work outside turns (a deletion request) holds the lease through TurnLock: no turn opens meanwhile.
      expect(await peer.lock.tryAcquire(C1, 'deleting', MINUTE_MS)).toBe(true);
      expect(await store.turns.open(opening('a'))).toEqual({ leased: false });
      await peer.lock.release(C1, 'deleting');
      const opened = leased(await store.turns.open(opening('a')));
      expect(opened.state?.item).toMatchObject({ profile: { language: 'en' } });
      await store.turns.close({ conversation: C1, token: 'a', state: { json: JSON.stringify({ profile: { language: 'zh' } }) } });
      const read = (await peer.storage.read([C1]))[C1];
      expect(read).toMatchObject({ profile: { language: 'zh' } });
      // Storage's eTag rules hold on what the closing wrote: the eTag read back writes, a stale one conflicts.
      await peer.storage.write({ [C1]: { ...read, profile: { language: 'en' } } });
      await expectAppError(peer.storage.write({ [C1]: { ...read, profile: { language: 'zh' } } }), 'STORE_CONFLICT');
      // And the turn's lease is the TurnLock's: held by a turn, TurnLock cannot take it.
      await store.turns.open(opening('c'));
      expect(await peer.lock.tryAcquire(C1, 'deleting', MINUTE_MS)).toBe(false);
      expect(await store.lock.renew(C1, 'c', MINUTE_MS)).toBe(true);
    });

    it('on a stale eTag writes nothing and leaves the delivery unfinished, but frees the lease', async () => {
      const { store, peer } = fixture();
      await store.storage.write({ [C1]: { n: 1 } });
      const opened = leased(await store.turns.open(opening('a', { delivery: delivery('m1', 'd1', 100) })));
      await peer.storage.write({ [C1]: { n: 2 } });
      const closing = store.turns.close({
        conversation: C1, token: 'a', state: { json: '{"n":3}', eTag: String(opened.state?.item.eTag) }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS },
      });
      await expectAppError(closing, 'STORE_CONFLICT');
      expect((await peer.storage.read([C1]))[C1]).toMatchObject({ n: 2 });
      await pause(250);
      // Unfinished: once its lease lapsed, the retry is handled.
      expect(leased(await peer.turns.open(opening('b', { delivery: delivery('m1', 'd2') }))).claim).toBe('reclaimed');
    });

    it('hands an unfinished claim to the retry once the dead turn\'s lease lapsed, and lets only the live holder finish it', async () => {
      const { store, peer } = fixture();
      await store.turns.open({ conversation: C1, token: 'dead', leaseMs: 100, delivery: delivery('m1', 'd1', 100) });
      await pause(250);
      expect(leased(await peer.turns.open(opening('retry', { delivery: delivery('m1', 'd2') }))).claim).toBe('reclaimed');
      // The dead turn's late closing changes nothing: not the state, not the claim, not the new lease.
      await store.turns.close({ conversation: C1, token: 'dead', state: { json: '{"late":true}' }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS } })
        .catch(() => undefined);
      expect(await store.lock.renew(C1, 'retry', MINUTE_MS)).toBe(true);
      await peer.turns.close({ conversation: C1, token: 'retry', delivery: { id: 'm1', token: 'd2', keepMs: MINUTE_MS } });
      expect(leased(await store.turns.open(opening('third', { delivery: delivery('m1', 'd3') }))).claim).toBe('refused');
    });

    it('lets exactly one of many concurrent openings have the lease', async () => {
      const { store, peer } = fixture();
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? store : peer).turns.open(opening(`t${i}`))));
      expect(results.filter((r) => r.leased)).toHaveLength(1);
    });
  });
}
