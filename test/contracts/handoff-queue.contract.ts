import { describe, expect, it } from 'vitest';
import type { HandoffQueue } from '../../src/handoff/handoff-request.js';
import { expectAppError, tally, useFixture, type ContractFixture } from './contract-fixture.js';
import { sampleHandoff } from './sample-records.js';

const AT = '2025-03-14T03:00:00.000Z';

export function describeHandoffQueueContract(name: string, make: () => Promise<ContractFixture<HandoffQueue>>): void {
  describe(`${name} (HandoffQueue contract)`, () => {
    const fixture = useFixture(make);

    it('queues a request at version 1', async () => {
      const { store, peer } = fixture();
      const request = sampleHandoff();
      expect(await store.enqueue(request)).toEqual({ ...request, version: 1 });
      expect(await peer.get(request.conversationId)).toEqual({ ...request, version: 1 });
      expect(await store.get('c-none')).toBeUndefined();
    });

    it('returns the existing request when the conversation is already queued or held', async () => {
      const { store } = fixture();
      const first = await store.enqueue(sampleHandoff({ reason: 'asked' }));
      const again = await store.enqueue({ ...first, reason: 'angry', priority: 'angry' });
      expect(again).toEqual(first);
      const held = await store.claim(first.conversationId, 'agent-li', AT);
      expect(await store.enqueue(sampleHandoff({ conversationId: first.conversationId }))).toEqual(held);
    });

    it('lists highest priority first, then longest waiting, held requests included', async () => {
      const { store } = fixture();
      const at = (minute: number) => `2025-03-14T02:${String(minute).padStart(2, '0')}:00.000Z`;
      await store.enqueue(sampleHandoff({ conversationId: 'normal-old', requestedAt: at(1) }));
      await store.enqueue(sampleHandoff({ conversationId: 'angry', priority: 'angry', requestedAt: at(5) }));
      await store.enqueue(sampleHandoff({ conversationId: 'normal-new', requestedAt: at(9) }));
      await store.enqueue(sampleHandoff({ conversationId: 'safety', priority: 'safety', requestedAt: at(8) }));
      await store.enqueue(sampleHandoff({ conversationId: 'repeat', priority: 'repeat', requestedAt: at(2) }));
      await store.claim('angry', 'agent-li', AT);
      expect((await store.list()).map((r) => r.conversationId))
        .toEqual(['safety', 'repeat', 'angry', 'normal-old', 'normal-new']);
    });

    it('claims a request for one agent and refuses it to another', async () => {
      const { store } = fixture();
      const request = await store.enqueue(sampleHandoff());
      const held = await store.claim(request.conversationId, 'agent-li', AT);
      expect(held).toEqual({ ...request, claimedBy: 'agent-li', claimedAt: AT, version: 2 });
      expect(await store.get(request.conversationId)).toEqual(held);
      await expectAppError(store.claim(request.conversationId, 'agent-wang', AT), 'HANDOFF_ALREADY_CLAIMED');
      expect(await store.claim(request.conversationId, 'agent-li', '2025-03-14T04:00:00.000Z')).toEqual(held);
    });

    it('fails a claim of a conversation not queued with HANDOFF_NOT_FOUND', async () => {
      await expectAppError(fixture().store.claim('c-none', 'agent-li', AT), 'HANDOFF_NOT_FOUND');
    });

    it('gives each conversation to exactly one of two agents claiming at once', async () => {
      const { store, peer } = fixture();
      for (let i = 0; i < 10; i++) {
        const { conversationId } = await store.enqueue(sampleHandoff());
        const results = await Promise.allSettled([
          store.claim(conversationId, 'agent-li', AT),
          peer.claim(conversationId, 'agent-wang', AT),
        ]);
        expect(tally(results)).toEqual({ won: 1, codes: ['HANDOFF_ALREADY_CLAIMED'] });
        const winner = results.find((r) => r.status === 'fulfilled');
        expect((await store.get(conversationId))?.claimedBy)
          .toBe(winner?.status === 'fulfilled' ? winner.value.claimedBy : 'none');
      }
    });

    it('releases a request, after which it can be queued afresh', async () => {
      const { store, peer } = fixture();
      const request = await store.enqueue(sampleHandoff());
      await store.claim(request.conversationId, 'agent-li', AT);
      await peer.release(request.conversationId);
      await peer.release(request.conversationId);
      expect(await store.get(request.conversationId)).toBeUndefined();
      expect(await store.list()).toEqual([]);
      await expectAppError(store.claim(request.conversationId, 'agent-li', AT), 'HANDOFF_NOT_FOUND');
      expect((await store.enqueue(request)).version).toBe(1);
    });

    it('requeues a held request for its holder only, keeping its place', async () => {
      const { store, peer } = fixture();
      const request = await store.enqueue(sampleHandoff());
      const held = await store.claim(request.conversationId, 'agent-li', AT);
      expect(await peer.requeue(request.conversationId, 'agent-wang')).toBeUndefined();
      const waiting = await peer.requeue(request.conversationId, 'agent-li');
      expect(waiting).toEqual({ ...request, version: held.version + 1 });
      expect(await store.get(request.conversationId)).toEqual(waiting);
      expect(await store.requeue(request.conversationId, 'agent-li')).toBeUndefined();
      expect((await store.claim(request.conversationId, 'agent-wang', AT)).claimedBy).toBe('agent-wang');
      expect(await store.requeue('c-none', 'agent-li')).toBeUndefined();
    });
  });
}
