import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAdapter } from 'botbuilder';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

describe('step 1: greet', () => {
  it('greets by name when the channel gives one, and says what it can do', async () => {
    await talk(env, { name: '王女士' }).join()
      .expectReply(/王女士您好/, /一步步排查/, /上门维修/);
  });

  it('greets without a name when the channel sends a placeholder', async () => {
    const { replies } = await talk(env, { name: 'User' }).join().expectReply(/^您好！/);
    expect(replies.join('\n')).not.toMatch(/User/);
  });

  it('greets in English when the first message is English, through the TestAdapter flow', async () => {
    const adapter = new TestAdapter((turn) => env.bot.run(turn), { conversation: { id: 'greet-en', isGroup: false, conversationType: 'personal', name: '' } });
    await adapter
      .send('hello')
      .assertReply((activity) => expect(activity.text).toMatch(/^Hi there/))
      .assertReply((activity) => expect(activity.text).toMatch(/walk you through/))
      .startTest();
  });

  it('greets once: a problem after the greeting goes straight to the acknowledgement', async () => {
    const { replies } = await talk(env).user('你好').expectReply(/您好/).user('洗衣机不排水').expectReply(/明白了/);
    expect(replies.join('\n')).not.toMatch(/很高兴为您服务/);
  });

  it('answers a first message that already names the problem with greeting and acknowledgement together', async () => {
    await talk(env).user('空调不制冷').expectReply(/您好/, /空调/);
  });
});
