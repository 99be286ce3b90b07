import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

const eventsOf = async (conversationId: string) =>
  (await env.stores.conversationEvents.list({ from: new Date(0), to: new Date('2100-01-01T00:00:00Z') }))
    .filter((e) => e.conversationId === conversationId)
    .map(({ kind, articleId, rating }) => ({ kind, ...(articleId ? { articleId } : {}), ...(rating ? { rating } : {}) }));

describe('what the bot records for the supervisors’ dashboard', () => {
  it('records start, the article used, the fix and the rating once each', async () => {
    await talk(env, { conversationId: 'rep-1' }).user('洗衣机不排水').expectReply(/第 1 步/)
      .user('解决了').expectReply(/太好了/)
      .user('5').expectReply(/./);
    expect(await eventsOf('rep-1')).toEqual([
      { kind: 'started' },
      { kind: 'answered', articleId: 'washer-not-draining' },
      { kind: 'resolved', articleId: 'washer-not-draining' },
      { kind: 'rated', articleId: 'washer-not-draining', rating: 5 },
    ]);
  });

  it('puts "the steps didn’t help" on the trainers’ unanswered list', async () => {
    await talk(env, { conversationId: 'rep-2' }).user('洗衣机不排水')
      .user('还是不行').user('滚筒').user('还是不行').user('还是不行').user('还是不行')
      .expectReply(/需要工程师上门检查/);
    const logged = (await env.stores.unanswered.list()).filter((q) => q.conversationId === 'rep-2');
    expect(logged).toEqual([expect.objectContaining({ reason: 'unhelpful', question: '洗衣机不排水', topArticleId: 'washer-not-draining' })]);
  });
});
