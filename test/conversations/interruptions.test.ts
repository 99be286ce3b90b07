import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';
import { seedTicket } from '../helpers/seed-ticket.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

const midFix = () => talk(env).user('洗衣机不排水').expectReply(/第 1 步/);
const midIntake = () => midFix().user('要上门维修').user('王芳').expectReply(/联系电话/);

describe('interruptions at any point', () => {
  it.each([
    ['mid-fix', midFix, '转人工'],
    ['mid-intake', midIntake, '人工客服'],
    ['in English', () => talk(env).user('my router keeps dropping wifi'), 'agent please'],
  ])('"agent" %s records a handoff request', async (_when, start, text) => {
    const c = start().user(text).expectReply(/人工客服|member of our team/);
    await c;
    expect(await env.stores.handoffs.get(`test:${c.who.conversationId}`)).toMatchObject({ reason: 'asked', customer: { userId: c.who.userId } });
  });

  it.each([['算了'], ['cancel']])('"%s" stops the script; the next message starts afresh', async (text) => {
    await midIntake().user(text).expectReply(/已经停下|stopped there/)
      .user('空调不制冷').expectReply(/空调/).expectNoReplyLike(/联系电话/);
  });

  it.each([['重新开始'], ['start over']])('"%s" starts over without taking the words as the problem', async (text) => {
    await midIntake().user(text).expectReply(/重新开始|start over/i, /描述一下遇到的问题|Tell me briefly/).expectNoReplyLike(/哪种情况|which of these/);
  });

  it('a new problem mid-fix ("对了，冰箱也不制冷") starts on that problem', async () => {
    await midFix().user('对了，冰箱也不制冷').expectReply(/冰箱不制冷/, /第 1 步/).expectNoReplyLike(/太好了/);
  });

  it('"我的工单到哪了" shows the customer\'s own ticket and returns to the question', async () => {
    const c = midFix();
    const own = await seedTicket(env, { customer: { channel: 'test', userId: c.who.userId, conversationId: 'earlier' }, model: 'KFR-35GW' });
    await c.user('我的工单到哪了').expectReply(new RegExp(own.id), /KFR-35GW/, /已登记/, /第 1 步/);
  });

  it('shows a ticket by its number only to its owner', async () => {
    const other = await seedTicket(env);
    const c = talk(env);
    const own = await seedTicket(env, { customer: { channel: 'test', userId: c.who.userId, conversationId: 'earlier' } });
    const { replies } = await c.user(`查一下 ${other.id}`).expectReply(/没有查到单号/);
    expect(replies.join()).not.toMatch(/李先生|XQG100|已登记/);
    await c.user(own.id.toLowerCase()).expectReply(new RegExp(own.id), /已登记/);
  });

  it('keeps an English conversation in English, and a Chinese customer typing "ok" in Chinese', async () => {
    await talk(env).user('my washing machine won\'t drain').user('still not working').expectReply(/front-loader \(door on the front\)/)
      .user('front-loader').expectReply(/Step 2 of 4/);
    await talk(env).user('洗衣机不排水').user('ok').expectReply(/太好了|打个分/).expectNoReplyLike(/[A-Za-z]{4,} /);
  });

  it('follows a customer who clearly switches language', async () => {
    await talk(env).user('洗衣机不排水').user('Sorry, English please: still not working').expectReply(/Is it a front-loader/)
      .user('top loader').expectReply(/Step 2 of 4/);
  });
});
