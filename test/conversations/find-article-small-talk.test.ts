import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

describe('step 3: small talk and vague messages get an honest reply and one narrowing question', () => {
  it('says truthfully that it is an automated assistant and how to reach a person', async () => {
    const { replies, buttons } = await talk(env).user('你是机器人吗').expectReply(/自动客服助手/, /转人工/, /哪个产品/);
    expect(buttons).toHaveLength(0);
    expect(replies.join('\n')).not.toMatch(/更接近下面哪种情况/);
  });

  it.each([
    ['tell me a joke', /Jokes aren’t my strong point/],
    ['天气怎么样', /天气我查不到/],
  ])('answers "%s" kindly and asks which product, without a menu of articles', async (message, reply) => {
    const { buttons } = await talk(env).user(message).expectReply(reply, /which product|哪个产品/);
    expect(buttons).toHaveLength(0);
  });

  it('asks which product and what happens for a vague message, without offering articles', async () => {
    const { buttons } = await talk(env).user('我的东西出问题了').expectReply(/哪个产品/);
    expect(buttons).toHaveLength(0);
  });

  it.each([
    ['又坏了', /哪个产品/],
    ['东西坏了怎么弄赶紧的', /哪个产品/],
    ['你们是什么公司啊', /帮不上忙/],
  ])('meets "%s" with a narrowing question, not a policy article it shares one word with', async (message, reply) => {
    const { replies, buttons } = await talk(env).user(message).expectReply(reply);
    expect(buttons).toHaveLength(0);
    expect(replies.join('\n')).not.toMatch(/第 1 步|更接近下面哪种情况/);
  });

  it('finds the article once the customer narrows it down', async () => {
    await talk(env).user('你是机器人吗').user('洗衣机洗完桶里全是水，不排水').expectReply(/第 1 步/);
  });

  it('offers a person and a visit after two failed searches, without being asked', async () => {
    await talk(env).user('asdfghjkl qwerty zxcv').user('still no idea what')
      .expectReply(/don’t have a ready answer/).expectButtons(/Book a repair visit/, /Talk to a person/);
  });

  it('does not loop after "describe it differently": the next failure offers only a person or a visit', async () => {
    const { buttons } = await talk(env).user('asdfghjkl qwerty zxcv').user('still no idea what').user('3')
      .expectReply(/describe it another way/).user('zzzz qqqq wwww').expectReply(/don’t have a ready answer/);
    expect(buttons).toEqual(['Book a repair visit', 'Talk to a person']);
  });
});
