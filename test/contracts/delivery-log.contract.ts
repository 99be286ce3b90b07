import { describe, expect, it } from 'vitest';
import type { DeliveryLog } from '../../src/bot/delivery-log.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeDeliveryLogContract(name: string, make: () => Promise<ContractFixture<DeliveryLog>>): void {
  describe(`${name} (DeliveryLog contract)`, () => {
    const fixture = useFixture(make);

    it('claims a delivery the first time and refuses a repeat while the claim is live', async () => {
      const { store } = fixture();
      expect(await store.claim('web:activity-1', 'a', MINUTE_MS, MINUTE_MS)).toBe('claimed');
      expect(await store.claim('web:activity-1', 'b', MINUTE_MS, MINUTE_MS)).toBe('refused');
      expect(await store.claim('web:activity-2', 'b', MINUTE_MS, MINUTE_MS)).toBe('claimed');
    });

    it('refuses a retry of a delivery marked done, even after its lease would have lapsed', async () => {
      const { store, peer } = fixture();
      expect(await store.claim('web:activity-1', 'a', 100, MINUTE_MS)).toBe('claimed');
      expect(await store.complete('web:activity-1', 'a', MINUTE_MS)).toBe(true);
      await pause(250);
      expect(await peer.claim('web:activity-1', 'b', 100, MINUTE_MS)).toBe('refused');
    });

    it('hands an unfinished claim whose lease lapsed (its holder died) to the retry, once', async () => {
      const { store, peer } = fixture();
      expect(await store.claim('test:c1:a1', 'dead-holder', 100, MINUTE_MS)).toBe('claimed');
      await pause(250);
      expect(await peer.claim('test:c1:a1', 'retry', MINUTE_MS, MINUTE_MS)).toBe('reclaimed');
      expect(await store.claim('test:c1:a1', 'second-retry', MINUTE_MS, MINUTE_MS)).toBe('refused');
    });

    it('lets only the live holder mark the delivery done', async () => {
      const { store, peer } = fixture();
      await store.claim('test:c1:a1', 'dead-holder', 100, MINUTE_MS);
      await pause(250);
      await peer.claim('test:c1:a1', 'retry', 100, MINUTE_MS);
      expect(await store.complete('test:c1:a1', 'dead-holder', MINUTE_MS)).toBe(false);
      expect(await peer.complete('never-claimed', 'retry', MINUTE_MS)).toBe(false);
      expect(await peer.complete('test:c1:a1', 'retry', MINUTE_MS)).toBe(true);
      await pause(250);
      expect(await store.claim('test:c1:a1', 'late', MINUTE_MS, MINUTE_MS)).toBe('refused');
    });

    it('forgets a delivery once it was kept long enough', async () => {
      const { store } = fixture();
      expect(await store.claim('slack:evt-1', 'a', 100, 100)).toBe('claimed');
      await store.complete('slack:evt-1', 'a', 100);
      await pause(250);
      expect(await store.claim('slack:evt-1', 'b', 100, 100)).toBe('claimed');
    });

    it('gives exactly one of two processes the same delivery', async () => {
      const { store, peer } = fixture();
      const claims = await Promise.all([store, peer, store, peer].map((log, i) => log.claim('wechat:msg-9', `t${i}`, MINUTE_MS, MINUTE_MS)));
      expect(claims.filter((claim) => claim !== 'refused')).toHaveLength(1);
    });

    it('gives exactly one of two processes a lapsed claim', async () => {
      const { store, peer } = fixture();
      await store.claim('wechat:msg-9', 'dead-holder', 100, MINUTE_MS);
      await pause(250);
      const claims = await Promise.all([store, peer, store, peer].map((log, i) => log.claim('wechat:msg-9', `t${i}`, MINUTE_MS, MINUTE_MS)));
      expect(claims.filter((claim) => claim !== 'refused')).toEqual(['reclaimed']);
    });
  });
}
