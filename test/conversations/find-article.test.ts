import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

describe('step 3: ask — picking the article', () => {
  it('offers the two close articles and "neither" when the problem is ambiguous', async () => {
    const { buttons } = await talk(env).user('冰箱有问题').expectReply(/更接近下面哪种情况/, /1\. .+\n2\. .+\n3\. 都不是/);
    expect(buttons).toHaveLength(3);
    expect(buttons[2]).toBe('都不是');
  });

  it('starts the chosen article when the customer picks by number', async () => {
    await talk(env).user('冰箱有问题').user('2').expectReply(/第 1 步/);
  });

  it('offers other articles after "neither"', async () => {
    const c = talk(env).user('冰箱有问题');
    const before = (await c).buttons;
    const after = (await c.user('都不是').expectReply(/哪种情况/)).buttons;
    expect(after.slice(0, -1)).not.toEqual(expect.arrayContaining(before.slice(0, -1)));
  });

  it('asks one more question when nothing matches, then falls back honestly and logs the question', async () => {
    const c = talk(env).user('asdfghjkl qwerty zxcv').expectReply(/which product is it/)
      .user('still no idea what').expectReply(/don’t have a ready answer/).expectButtons(/Book a repair visit/, /Talk to a person/, /Describe it differently/);
    await c;
    const logged = await env.stores.unanswered.list(50);
    expect(logged.find((q) => q.conversationId === c.who.conversationId)).toMatchObject({ question: 'asdfghjkl qwerty zxcv still no idea what', language: 'en' });
  });

  it('books a ticket from the fallback when the customer asks for a visit', async () => {
    await talk(env).user('asdfghjkl qwerty zxcv').user('still no idea what').user('1').expectReply(/What name/);
  });

  it('hands over to a person from the fallback and records the request', async () => {
    const c = talk(env).user('asdfghjkl qwerty zxcv').user('still no idea what').user('2').expectReply(/member of our team/);
    await c;
    expect(await env.stores.handoffs.get(`test:${c.who.conversationId}`)).toMatchObject({ reason: 'not-understood' });
  });

  it('lets the customer describe it again without taking "3" as the problem', async () => {
    await talk(env).user('asdfghjkl qwerty zxcv').user('still no idea what').user('3')
      .expectReply(/describe it another way/, /Tell me briefly/)
      .user('my router keeps dropping wifi').expectReply(/Step 1 of/);
  });

  it('stops offering choices after three rounds and falls back', async () => {
    await talk(env).user('冰箱有问题').user('不知道').user('还是不知道').user('说不清楚')
      .expectReply(/暂时没有现成的解决办法/);
  });
});
