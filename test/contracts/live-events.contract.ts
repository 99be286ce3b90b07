import { describe, expect, it } from 'vitest';
import type { LiveEvent, LiveEvents } from '../../src/handoff/live-events.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const AT = '2025-03-14T03:00:00.000Z';

/** Collects events until `count` arrived. */
function collect(events: LiveEvents, count: number): Promise<LiveEvent[]> {
  const seen: LiveEvent[] = [];
  return new Promise((resolve) => {
    const stop = events.subscribe((event) => {
      seen.push(event);
      if (seen.length === count) { stop(); resolve(seen); }
    });
  });
}

export function describeLiveEventsContract(name: string, make: () => Promise<ContractFixture<LiveEvents>>): void {
  describe(`${name} (LiveEvents contract)`, () => {
    const fixture = useFixture(make);

    it('delivers an event to subscribers of this process and of another, in publish order', async () => {
      const { store, peer } = fixture();
      const here = collect(store, 2);
      const there = collect(peer, 2);
      await store.publish({ type: 'handoff.claimed', conversationId: 'c-1', at: AT, agentId: 'li' });
      await store.publish({ type: 'message.agent', conversationId: 'c-1', at: AT, agentId: 'li', text: '您好' });
      for (const received of await Promise.all([here, there])) {
        expect(received.map((event) => event.type)).toEqual(['handoff.claimed', 'message.agent']);
        expect(received[1]).toEqual({ type: 'message.agent', conversationId: 'c-1', at: AT, agentId: 'li', text: '您好' });
      }
    });

    it('stops delivering to a listener once it unsubscribed', async () => {
      const { store } = fixture();
      const dropped: LiveEvent[] = [];
      const unsubscribe = store.subscribe((event) => dropped.push(event));
      unsubscribe();
      const kept = collect(store, 1);
      await store.publish({ type: 'handoff.released', conversationId: 'c-2', at: AT });
      await kept;
      expect(dropped).toEqual([]);
    });

    it('refuses an event that is not in the catalogue', async () => {
      const { store } = fixture();
      await expect(store.publish({ type: 'handoff.lost', conversationId: 'c-3', at: AT } as unknown as LiveEvent)).rejects.toThrow();
    });
  });
}
