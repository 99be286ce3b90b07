import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/kb/article-schema.js';
import { askKnowledgeBase } from '../../../../src/kb/editor/ask-knowledge-base.js';
import type { KnowledgeBase, SearchHit, SearchOptions } from '../../../../src/kb/knowledge-base.js';

function article(id: string, product: Article['product']): Article {
  const section = { summary: `${id} summary`, steps: [{ text: 'step one' }] };
  return { id, product, escalation: 'self-service', title: { zh: id, en: id }, body: { zh: section, en: section } } as unknown as Article;
}

/** A knowledge base with fixed hits that records how it was asked. */
function fixedKb(hits: SearchHit[]): KnowledgeBase & { asked: SearchOptions[] } {
  const asked: SearchOptions[] = [];
  return { asked, search: async (_q, options = {}) => { asked.push(options); return hits; }, get: (id) => hits.find((h) => h.article.id === id)?.article };
}

describe('askKnowledgeBase', () => {
  it('reports every choice an ambiguous answer offers, as the find-article step would', async () => {
    const kb = fixedKb([
      { article: article('robot-vacuum-brush-not-spinning', 'robot-vacuum'), score: 18.9, relevance: 0.5 },
      { article: article('robot-vacuum-noisy', 'robot-vacuum'), score: 17.7, relevance: 0.52 },
      { article: article('spare-parts-and-accessories', 'general'), score: 16.4, relevance: 0.27 },
      { article: article('robot-vacuum-weak-suction', 'robot-vacuum'), score: 12, relevance: 0.47 },
    ]);
    const answer = await askKnowledgeBase(kb, '扫地机的边刷哪里买', { mode: 'published', language: 'zh' });
    expect(answer.decision).toBe('ambiguous');
    expect(answer.choices).toEqual(['robot-vacuum-brush-not-spinning', 'robot-vacuum-noisy', 'spare-parts-and-accessories']);
    // No product option: the knowledge base prefers every line the question names, as the dialog searches.
    expect(kb.asked[0].product).toBeUndefined();
  });

  it('leaves choices out of a confident answer', async () => {
    const kb = fixedKb([{ article: article('washer-not-draining', 'washing-machine'), score: 20, relevance: 0.9 }]);
    const answer = await askKnowledgeBase(kb, '洗衣机不排水', { mode: 'published', language: 'zh' });
    expect(answer).toMatchObject({ decision: 'confident', answer: { articleId: 'washer-not-draining' } });
    expect(answer.choices).toBeUndefined();
  });
});
