import { describe, expect, it } from 'vitest';
import type { RateCounter } from '../../src/bot/rate-counter.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const MINUTE_MS = 60_000;

export function describeRateCounterContract(name: string, make: () => Promise<ContractFixture<RateCounter>>): void {
  describe(`${name} (RateCounter contract)`, () => {
    const fixture = useFixture(make);

    it('counts hits per key within a window', async () => {
      const { store } = fixture();
      expect(await store.hit('web:u1', MINUTE_MS)).toBe(1);
      expect(await store.hit('web:u1', MINUTE_MS)).toBe(2);
      expect(await store.hit('web:u2', MINUTE_MS)).toBe(1);
      expect(await store.hit('web:u1', MINUTE_MS)).toBe(3);
    });

    it('starts again at 1 once the window ended', async () => {
      const { store } = fixture();
      await store.hit('web:u1', 100);
      await store.hit('web:u1', 100);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await store.hit('web:u1', 100)).toBe(1);
    });

    it('shares one count between processes, losing no hit when they race', async () => {
      const { store, peer } = fixture();
      const hits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? store : peer).hit('wechat:u9', MINUTE_MS)));
      expect([...hits].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });
}
