import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

/** At the intake's purchase-date question, with name, phone and model already given. */
const atPurchaseDate = () => talk(env).user('洗衣机不排水').user('要上门维修').user('王芳').user('13912345678').user('XQG100-D3')
  .expectReply(/什么时候买/);
const finish = (c: ReturnType<typeof atPurchaseDate>) => c.user('今年3月').user('上海市浦东新区张江路88号').user('明天上午')
  .expectReply(/姓名：王芳/, /139\*\*\*\*5678/, /型号：XQG100-D3/);

describe('bad input keeps what was collected', () => {
  it.each([
    ['an empty message', '   ', /只能看懂文字/],
    ['a 5,000-character message', '洗'.repeat(5000), /消息有点长.*2000 字以内/],
    ['emoji only', '😡😡😡', /什么时候买/],
    ['a phone number that is not one', '电话是 123', /什么时候买/],
    ['a purchase date in the future', '2030年1月', /日期还没到/],
  ])('%s gets a polite answer and the intake goes on at the same field', async (_what, text, reply) => {
    await finish(atPurchaseDate().user(text).expectReply(reply));
  });

  it('answers an empty first message politely', async () => {
    await talk(env).user('').expectReply(/只能看懂文字/).user('洗衣机不排水').expectReply(/第 1 步/);
  });

  it('answers a long English message in English', async () => {
    await talk(env).user('my washing machine won\'t drain').user('a'.repeat(5000)).expectReply(/please|sum up/i).user('still not working').expectReply(/Is it a front-loader/);
  });

  it('ignores an activity that is not a message (typing, event)', async () => {
    await atPurchaseDate().activity({ type: 'typing' }).activity({ type: 'event', name: 'ping' }).user('今年3月').expectReply(/保修期内/);
  });

  it('keeps the intake when the customer switches to English mid-way', async () => {
    await atPurchaseDate().user('March this year, sorry I prefer English').expectReply(/under warranty/i, /address/i)
      .user('88 Zhangjiang Road, Pudong, Shanghai').user('tomorrow morning').expectReply(/Name: 王芳/, /XQG100-D3/);
  });
});
