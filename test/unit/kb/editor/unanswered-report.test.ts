import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../../../../src/kb/tokenizer.js';
import { draftFromGroup, groupUnanswered } from '../../../../src/kb/editor/unanswered-report.js';
import { composeArticle } from '../../../../src/kb/editor/article-text.js';
import type { UnansweredQuestion } from '../../../../src/kb/unanswered-log.js';

const q = (question: string, overrides: Partial<UnansweredQuestion> = {}): UnansweredQuestion =>
  ({ at: '2026-11-18T02:00:00.000Z', conversationId: 'c', channel: 'web', language: 'zh', question, reason: 'none', ...overrides });

describe('grouping unanswered questions', () => {
  const tokenizer = createTokenizer('jieba');

  it('puts paraphrases together, counts them, and keeps other topics apart', () => {
    const groups = groupUnanswered([
      q('洗碗机不出热水'), q('洗碗机不出热水怎么办', { reason: 'low', topArticleId: 'water-heater-no-hot-water' }),
      q('我的洗碗机出不了热水'), q('扫地机器人不回充'), q('扫地机器人老是不回充'),
    ], tokenizer);
    expect(groups.map((g) => g.count)).toEqual([3, 2]);
    expect(groups[0].examples.map((e) => e.question)).toContain('洗碗机不出热水');
    expect(groups[0].reasons).toEqual({ none: 2, low: 1, unhelpful: 0 });
    expect(groups[0].topArticles).toEqual([{ articleId: 'water-heater-no-hot-water', count: 1 }]);
  });

  it('masks phone numbers, names and addresses in the examples', () => {
    const [group] = groupUnanswered([q('我叫张伟，电话13800138000，住在上海市浦东新区世纪大道100号，洗碗机坏了')], tokenizer);
    const text = group.examples[0].question;
    expect(text).not.toMatch(/张伟|13800138000|世纪大道/);
    expect(text).toContain('[phone]');
    expect(text).toContain('[name]');
  });

  it('starts a draft from a group that only needs its steps written', () => {
    const [group] = groupUnanswered([q('洗碗机不出热水'), q('洗碗机不出热水了')], tokenizer);
    const draft = draftFromGroup(group);
    expect(draft.fields.symptoms?.zh).toEqual(['洗碗机不出热水', '洗碗机不出热水了']);
    const composed = composeArticle(draft.fields, draft.body);
    expect(composed.ok).toBe(true);
  });
});
