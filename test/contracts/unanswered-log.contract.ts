import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.js';
import type { UnansweredLog } from '../../src/kb/unanswered-log.js';
import type { ContractFixture } from './contract-fixture.js';
import { sampleQuestion } from './sample-records.js';

/** `make` builds a fresh log keeping at most `maxEntries`. */
export function describeUnansweredLogContract(
  name: string, make: (options: { maxEntries: number }) => Promise<ContractFixture<UnansweredLog>>,
): void {
  describe(`${name} (UnansweredLog contract)`, () => {
    async function withLog(maxEntries: number, test: (f: ContractFixture<UnansweredLog>) => Promise<void>) {
      const fixture = await make({ maxEntries });
      try {
        await test(fixture);
      } finally {
        await fixture.close();
      }
    }

    it('lists questions newest first, up to the limit', () => withLog(100, async ({ store, peer }) => {
      await store.record(sampleQuestion('冰箱不制冷'));
      await peer.record(sampleQuestion('how do I reset the router', { language: 'en', reason: 'low', topScore: 0.2 }));
      await store.record(sampleQuestion('热水器显示 E3', { reason: 'unhelpful', topArticleId: 'heater-e3' }));
      expect((await peer.list()).map((q) => q.question)).toEqual(['热水器显示 E3', 'how do I reset the router', '冰箱不制冷']);
      expect((await store.list(1)).map((q) => q.question)).toEqual(['热水器显示 E3']);
      expect((await store.list())[1]).toEqual(sampleQuestion('how do I reset the router', { language: 'en', reason: 'low', topScore: 0.2 }));
    }));

    it('keeps only the newest maxEntries questions', () => withLog(3, async ({ store }) => {
      for (const n of [1, 2, 3, 4, 5]) await store.record(sampleQuestion(`q${n}`));
      expect((await store.list()).map((q) => q.question)).toEqual(['q5', 'q4', 'q3']);
    }));

    it('forgets the questions of the named conversations only, on their channel only', () => withLog(100, async ({ store, peer }) => {
      await store.record(sampleQuestion('张伟的冰箱不制冷', { conversationId: 'c-gone' }));
      await peer.record(sampleQuestion('same id, other channel', { conversationId: 'c-gone', channel: 'wechat' }));
      await store.record(sampleQuestion('张伟又问了一次', { conversationId: 'c-gone' }));
      await store.record(sampleQuestion('someone else', { conversationId: 'c-kept' }));
      expect(await peer.forgetConversations([{ channel: 'web', conversationId: 'c-gone' }])).toBe(2);
      expect((await store.list()).map((q) => q.question)).toEqual(['someone else', 'same id, other channel']);
      expect(await store.forgetConversations([{ channel: 'web', conversationId: 'c-gone' }])).toBe(0);
    }));

    it('rejects a question that does not fit the schema', () => withLog(3, async ({ store }) => {
      const outcome = await store.record(sampleQuestion('x'.repeat(2001))).catch((err: unknown) => err);
      expect(isAppError(outcome)).toBe(true);
      expect(await store.list()).toEqual([]);
    }));
  });
}
