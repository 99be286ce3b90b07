import { describe, expect, it } from 'vitest';
import type { DeliveryLog } from '../../src/bot/delivery-log.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;

export function describeDeliveryLogContract(name: string, make: () => Promise<ContractFixture<DeliveryLog>>): void {
  describe(`${name} (DeliveryLog contract)`, () => {
    const fixture = useFixture(make);

    it('claims a delivery the first time only', async () => {
      const { store } = fixture();
      expect(await store.claim('web:activity-1', MINUTE_MS)).toBe(true);
      expect(await store.claim('web:activity-1', MINUTE_MS)).toBe(false);
      expect(await store.claim('web:activity-2', MINUTE_MS)).toBe(true);
    });

    it('lets a delivery be claimed again once its claim expired', async () => {
      const { store } = fixture();
      expect(await store.claim('slack:evt-1', 100)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await store.claim('slack:evt-1', 100)).toBe(true);
    });

    it('gives exactly one of two processes the same delivery', async () => {
      const { store, peer } = fixture();
      const claims = await Promise.all([store, peer, store, peer].map((log) => log.claim('wechat:msg-9', MINUTE_MS)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  });
}
