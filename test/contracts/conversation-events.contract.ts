import { describe, expect, it } from 'vitest';
import type { ConversationEvent, ConversationEvents } from '../../src/bot/conversation-events.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';

const sample = (at: string, overrides: Partial<ConversationEvent> = {}): ConversationEvent =>
  ({ at, kind: 'started', conversationId: 'c-1', channel: 'web', ...overrides });

export function describeConversationEventsContract(name: string, make: () => Promise<ContractFixture<ConversationEvents>>): void {
  describe(`${name} (ConversationEvents contract)`, () => {
    const fixture = useFixture(make);

    it('lists the events of a time range, oldest first, from inclusive and to exclusive', async () => {
      const { store, peer } = fixture();
      await store.record(sample('2026-11-18T10:00:00.000Z', { kind: 'rated', rating: 5, articleId: 'a' }));
      await peer.record(sample('2026-11-18T09:00:00.000Z'));
      await store.record(sample('2026-11-18T11:00:00.000Z', { kind: 'claimed', waitMs: 60_000 }));
      const listed = await peer.list({ from: new Date('2026-11-18T09:00:00.000Z'), to: new Date('2026-11-18T11:00:00.000Z') });
      expect(listed).toEqual([sample('2026-11-18T09:00:00.000Z'), sample('2026-11-18T10:00:00.000Z', { kind: 'rated', rating: 5, articleId: 'a' })]);
    });

    it('keeps two identical events as two', async () => {
      const { store } = fixture();
      await store.record(sample('2026-11-18T09:00:00.000Z', { kind: 'rated', rating: 5 }));
      await store.record(sample('2026-11-18T09:00:00.000Z', { kind: 'rated', rating: 5 }));
      expect(await store.list({ from: new Date('2026-11-18T00:00:00.000Z'), to: new Date('2026-11-19T00:00:00.000Z') })).toHaveLength(2);
    });

    it('forgets a customer\'s id on their events, keeping the events for the figures', async () => {
      const { store, peer } = fixture();
      await store.record(sample('2026-11-18T09:00:00.000Z', { userId: 'u-gone' }));
      await store.record(sample('2026-11-18T09:00:00.000Z', { userId: 'u-gone', channel: 'wechat' }));
      await store.record(sample('2026-11-18T10:00:00.000Z', { userId: 'u-kept', conversationId: 'c-2' }));
      expect(await peer.forgetUser({ channel: 'web', userId: 'u-gone' })).toBe(1);
      const listed = await store.list({ from: new Date(0), to: new Date('2030-01-01T00:00:00.000Z') });
      expect(listed).toHaveLength(3);
      expect(listed).toContainEqual(sample('2026-11-18T09:00:00.000Z'));
      expect(listed.filter((event) => event.userId === 'u-gone')).toEqual([sample('2026-11-18T09:00:00.000Z', { userId: 'u-gone', channel: 'wechat' })]);
    });

    it('rejects an event that does not fit the schema', async () => {
      const { store } = fixture();
      const outcome = await store.record(sample('2026-11-18T09:00:00.000Z', { rating: 9 })).catch((err: unknown) => err);
      expect(outcome).toBeInstanceOf(Error);
      expect(await store.list({ from: new Date(0), to: new Date('2030-01-01T00:00:00.000Z') })).toEqual([]);
    });
  });
}
