import { describe, expect, it } from 'vitest';
import type { ArticleRevision, ArticleRevisionStore } from '../../src/kb/editor/article-revision-store.js';
import { expectAppError, useFixture, tally, type ContractFixture } from './contract-fixture.js';

export function sampleRevision(articleId: string, revision: number, overrides: Partial<ArticleRevision> = {}): ArticleRevision {
  return {
    articleId, revision, at: `2026-11-18T0${Math.min(revision, 9)}:00:00.000Z`, by: 'tina', action: 'save', state: 'draft',
    text: `---\nid: ${articleId}\n---\n\n## zh\n\n第 ${revision} 版\n`, ...overrides,
  };
}

export function describeArticleRevisionStoreContract(name: string, make: () => Promise<ContractFixture<ArticleRevisionStore>>): void {
  describe(`${name} (ArticleRevisionStore contract)`, () => {
    const fixture = useFixture(make);

    it('keeps every revision of an article, oldest first, and reads one back by number', async () => {
      const { store, peer } = fixture();
      await store.append(sampleRevision('washer-not-draining', 1, { action: 'import', by: 'files', state: 'published' }));
      await peer.append(sampleRevision('washer-not-draining', 2));
      await store.append(sampleRevision('fridge-not-cooling', 1));
      expect((await peer.list('washer-not-draining')).map((r) => [r.revision, r.by])).toEqual([[1, 'files'], [2, 'tina']]);
      expect(await store.get('washer-not-draining', 2)).toEqual(sampleRevision('washer-not-draining', 2));
      expect(await store.get('washer-not-draining', 3)).toBeUndefined();
      expect(await store.list('nothing-here')).toEqual([]);
    });

    it('lists the newest revision of every article', async () => {
      const { store, peer } = fixture();
      await store.append(sampleRevision('b-article', 1));
      await store.append(sampleRevision('a-article', 1));
      await store.append(sampleRevision('a-article', 2, { state: 'published', action: 'publish' }));
      expect((await peer.latest()).map((r) => [r.articleId, r.revision, r.state])).toEqual([['a-article', 2, 'published'], ['b-article', 1, 'draft']]);
    });

    it('accepts only the next number, so of two editors saving at once exactly one wins', async () => {
      const { store, peer } = fixture();
      await expectAppError(store.append(sampleRevision('x', 2)), 'STORE_CONFLICT');
      await store.append(sampleRevision('x', 1));
      const results = await Promise.allSettled([store.append(sampleRevision('x', 2, { by: 'tina' })), peer.append(sampleRevision('x', 2, { by: 'li' }))]);
      expect(tally(results)).toEqual({ won: 1, codes: ['STORE_CONFLICT'] });
      expect((await store.list('x')).map((r) => r.revision)).toEqual([1, 2]);
    });

    it('rejects a revision that does not fit the schema and stores nothing', async () => {
      const { store } = fixture();
      const outcome = await store.append({ ...sampleRevision('x', 1), revision: 0 }).catch((err: unknown) => err);
      expect(outcome).toBeInstanceOf(Error);
      expect(await store.list('x')).toEqual([]);
    });
  });
}
