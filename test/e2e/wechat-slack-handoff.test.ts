import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { MockWechat, inbox, nextSaid, say } from '../helpers/wechat-mock.js';
import { SlackApiStandIn, buttonClick, postSignedToSlackEndpoint, threadReply } from '../helpers/slack-stand-in.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../helpers/staff.js';

const SECRET = 'slack-signing-secret-for-tests';
const CHANNEL = 'C0DESK';
// A WeChat private chat is keyed by the contact's id: it is the conversation id the desk shows.
const CUSTOMER_ID = 'wxid_zhaolei';
let server: TestApp;
let slack: SlackApiStandIn;
let apiUrl: string;
let world: MockWechat;

beforeAll(async () => {
  slack = new SlackApiStandIn();
  apiUrl = await slack.start();
  world = new MockWechat();
  server = await startTestApp({
    startIdleSweep: false,
    startSlaClock: false,
    wechatPuppet: world.puppet,
    env: {
      WECHAT_ENABLED: 'true', STAFF_TOKENS: STAFF_TOKENS_ENV,
      SLACK_ENABLED: 'true', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_CHANNEL_ID: CHANNEL, SLACK_API_URL: apiUrl,
    },
  });
  await world.login(server.app.wechat!);
});
afterAll(async () => {
  await server?.close();
  await slack?.stop();
});

const endpoint = () => `${server.baseUrl}/slack/events`;
const click = (action: string, user = 'U1LI') =>
  postSignedToSlackEndpoint(endpoint(), SECRET, buttonClick(action, `wechat:${CUSTOMER_ID}`, user, CHANNEL, `${apiUrl}respond`), 'application/x-www-form-urlencoded');
const inThread = (ts: string, pattern: RegExp) => slack.waitFor((call) => call.method === 'chat.postMessage' && call.args.thread_ts === ts && pattern.test(String(call.args.text)));

describe('a WeChat customer served by an agent in Slack', () => {
  it('threads the WeChat conversation in Slack, relays both ways while claimed, and gives it back to the bot', async () => {
    const zhao = world.contact(CUSTOMER_ID, '赵磊');
    const wechat = server.app.wechat!;
    const replies = inbox(zhao);
    const turn = async (text: string) => {
      const before = replies.length;
      await say(wechat, zhao, text, world.botUser);
      return replies.slice(before).join('\n');
    };

    // 1. The customer describes the problem on WeChat, then asks for a person.
    expect(await turn('我家洗衣机不排水了')).toMatch(/洗衣机/);
    expect(await turn('转人工')).toMatch(/转接人工客服/);

    // 2. The desk opens a thread for this WeChat conversation, with the three buttons.
    const opening = await slack.waitFor((call) => call.method === 'chat.postMessage' && !call.args.thread_ts && JSON.stringify(call.args.blocks ?? '').includes(CUSTOMER_ID));
    expect(opening.args.channel).toBe(CHANNEL);
    const blocks = JSON.stringify(opening.args.blocks);
    expect(blocks).toContain('wechat');
    for (const button of ['handoff_claim', 'handoff_release', 'handoff_close']) expect(blocks).toContain(button);
    const ts = String(opening.answer.ts);

    // 3. Claim from Slack: the customer hears on WeChat that a person joined.
    const joined = nextSaid(zhao, /已接入/);
    expect(await click('handoff_claim')).toBe(200);
    await joined;
    await inThread(ts, /Claimed by <@U1LI>/);
    const queued = (await staffClient(server.baseUrl, STAFF.li).queue()).body.queue.find((entry) => entry.conversationId === `wechat:${CUSTOMER_ID}`);
    expect(queued?.claimedBy).toBe('slack:U1LI');

    // 4. The customer writes: the bot says nothing on WeChat, and the words appear in the thread.
    expect(await turn('型号 XQG100，桶里全是水 <急>')).toBe('');
    await inThread(ts, /\*Customer:\* 型号 XQG100，桶里全是水 &lt;急&gt;/);

    // 5. A reply in the Slack thread reaches the customer's WeChat chat.
    const answered = nextSaid(zhao, /Slack 上的小李/);
    expect(await postSignedToSlackEndpoint(endpoint(), SECRET, threadReply(CHANNEL, ts, 'U1LI', '您好，我是 Slack 上的小李，请先关掉电源'), 'application/json')).toBe(200);
    // Slack gives only a user id, so WeChat (where every message shows as the bot's account) labels it by role.
    expect(await answered).toBe('人工客服：您好，我是 Slack 上的小李，请先关掉电源');

    // 6. Return to bot: the customer is told, the thread says so, and the bot answers again.
    const handedBack = nextSaid(zhao, /还有什么可以帮您/);
    expect(await click('handoff_release')).toBe(200);
    await handedBack;
    await inThread(ts, /Returned to the bot/);
    expect(await turn('冰箱不制冷了')).toMatch(/冰箱|制冷/);

    // The transcript kept everything, the silent stretch included, with who said it.
    const transcript = (await staffClient(server.baseUrl, STAFF.admin).transcript(`wechat:${CUSTOMER_ID}`)).body.entries;
    const said = (from: string) => transcript.filter((entry) => entry.from === from).map((entry) => entry.text);
    expect(said('customer')).toEqual(['我家洗衣机不排水了', '转人工', '型号 XQG100，桶里全是水 <急>', '冰箱不制冷了']);
    expect(said('agent:slack:U1LI')).toEqual(['您好，我是 Slack 上的小李，请先关掉电源']);
  });
});
