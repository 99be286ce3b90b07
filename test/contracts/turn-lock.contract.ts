import { describe, expect, it } from 'vitest';
import type { TurnLock } from '../../src/bot/turn-lock.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeTurnLockContract(name: string, make: () => Promise<ContractFixture<TurnLock>>): void {
  describe(`${name} (TurnLock contract)`, () => {
    const fixture = useFixture(make);

    it('gives a free conversation to the first token and refuses a second while it is held', async () => {
      const { store } = fixture();
      expect(await store.tryAcquire('web/c1', 'token-a', MINUTE_MS)).toBe(true);
      expect(await store.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(false);
      expect(await store.tryAcquire('web/c2', 'token-b', MINUTE_MS)).toBe(true);
    });

    it('frees the conversation for the next token once the holder releases it', async () => {
      const { store, peer } = fixture();
      await store.tryAcquire('web/c1', 'token-a', MINUTE_MS);
      expect(await store.release('web/c1', 'token-a')).toBe(true);
      expect(await peer.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(true);
    });

    it('never lets a token release a lease it does not hold', async () => {
      const { store, peer } = fixture();
      await store.tryAcquire('web/c1', 'token-a', MINUTE_MS);
      expect(await peer.release('web/c1', 'token-b')).toBe(false);
      expect(await peer.release('web/never-held', 'token-b')).toBe(false);
      expect(await peer.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(false);
    });

    it('lets another take over the lease of a holder that died (it expired), and the dead holder cannot free it', async () => {
      const { store, peer } = fixture();
      expect(await store.tryAcquire('web/c1', 'dead-holder', 100)).toBe(true);
      await pause(250);
      expect(await peer.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(true);
      expect(await store.release('web/c1', 'dead-holder')).toBe(false);
      expect(await store.tryAcquire('web/c1', 'token-c', MINUTE_MS)).toBe(false);
    });

    it('keeps a renewed lease past its first expiry, and only its holder can renew it', async () => {
      const { store, peer } = fixture();
      expect(await store.tryAcquire('web/c1', 'slow-turn', 300)).toBe(true);
      for (let i = 0; i < 4; i += 1) {
        await pause(150);
        expect(await store.renew('web/c1', 'slow-turn', 300)).toBe(true);
        expect(await peer.renew('web/c1', 'token-b', 300)).toBe(false);
      }
      // 600 ms in: without the renewals the lease would have expired twice over.
      expect(await peer.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(false);
    });

    it('does not bring an expired lease back by renewing it', async () => {
      const { store, peer } = fixture();
      expect(await store.tryAcquire('web/c1', 'late-holder', 100)).toBe(true);
      await pause(250);
      expect(await store.renew('web/c1', 'late-holder', MINUTE_MS)).toBe(false);
      expect(await peer.tryAcquire('web/c1', 'token-b', MINUTE_MS)).toBe(true);
      expect(await store.renew('web/c1', 'late-holder', MINUTE_MS)).toBe(false);
    });

    it('gives exactly one of several processes racing for the same conversation the lease', async () => {
      const { store, peer } = fixture();
      const tries = [store, peer, store, peer, store, peer].map((lock, i) => lock.tryAcquire('wechat/c9', `token-${i}`, MINUTE_MS));
      expect((await Promise.all(tries)).filter(Boolean)).toHaveLength(1);
    });

    it('keeps conversation keys with separators apart', async () => {
      const { store } = fixture();
      expect(await store.tryAcquire('web/a:b', 'token-a', MINUTE_MS)).toBe(true);
      expect(await store.tryAcquire('web/a', 'token-b', MINUTE_MS)).toBe(true);
      expect(await store.tryAcquire('web/a:b:', 'token-c', MINUTE_MS)).toBe(true);
    });
  });
}
