import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';
import { seedTicket } from '../helpers/seed-ticket.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

const firstReplies = (replies: string[]) => replies.slice(1).join('\n');

describe('step 2: acknowledge', () => {
  it('restates the problem in its own words', async () => {
    await talk(env).user('我家洗衣机不排水了').expectReply(/明白了.*“洗衣机不排水”/);
  });

  it('apologises to an angry customer before anything else', async () => {
    const { replies } = await talk(env).user('什么破服务，空调不制冷！！');
    expect(replies[1]).toMatch(/非常抱歉/);
  });

  it('apologises to a repeat-repair customer first and gives priority', async () => {
    const { replies } = await talk(env).user('洗衣机修了又坏了，还是不排水');
    expect(replies[1]).toMatch(/又让您碰上了.*优先/);
  });

  it('treats a customer with an earlier ticket for the same product as a repeat', async () => {
    const c = talk(env);
    await seedTicket(env, { customer: { channel: 'test', userId: c.who.userId, conversationId: 'earlier' } });
    const { replies } = await c.user('洗衣机不排水');
    expect(firstReplies(replies)).toMatch(/又让您碰上了/);
  });

  it('does not apologise to a calm first-time customer', async () => {
    const { replies } = await talk(env).user('洗衣机不排水');
    expect(replies.join('\n')).not.toMatch(/抱歉/);
  });

  it('apologises in English too', async () => {
    await talk(env).user('This is ridiculous, my fridge is not cooling again').expectReply(/sorry/i);
  });
});
