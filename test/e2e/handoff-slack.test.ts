import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WebChatClient, textsOf } from '../helpers/web-chat-client.js';
import { SlackApiStandIn, buttonClick, postSignedToSlackEndpoint, threadReply } from '../helpers/slack-stand-in.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../helpers/staff.js';

const SECRET = 'slack-signing-secret-for-tests';
const CHANNEL = 'C0DESK';
let server: TestApp;
let slack: SlackApiStandIn;
let apiUrl: string;
const open: WebChatClient[] = [];

beforeAll(async () => {
  slack = new SlackApiStandIn();
  apiUrl = await slack.start();
  server = await startTestApp({
    startIdleSweep: false,
    startSlaClock: false,
    env: {
      STAFF_TOKENS: STAFF_TOKENS_ENV, SLACK_ENABLED: 'true', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET,
      SLACK_CHANNEL_ID: CHANNEL, SLACK_API_URL: apiUrl,
    },
  });
});
afterEach(async () => { await Promise.all(open.splice(0).map((client) => client.close())); });
afterAll(async () => {
  await server?.close();
  await slack?.stop();
});

const endpoint = () => `${server.baseUrl}/slack/events`;
const click = (action: string, conversationId: string, user = 'U1LI') =>
  postSignedToSlackEndpoint(endpoint(), SECRET, buttonClick(action, conversationId, user, CHANNEL, `${apiUrl}respond`), 'application/x-www-form-urlencoded');

async function waitingCustomer(): Promise<WebChatClient> {
  const chat = await WebChatClient.open(server.baseUrl);
  open.push(chat);
  await chat.send('洗衣机不排水');
  await chat.send('转人工');
  return chat;
}

/** The thread Slack would show for the conversation: the opening message's ts. */
async function threadOf(conversationId: string): Promise<string> {
  const opening = await slack.waitFor((call) => call.method === 'chat.postMessage' && !call.args.thread_ts && JSON.stringify(call.args.blocks ?? '').includes(conversationId));
  expect(opening.args.channel).toBe(CHANNEL);
  return String(opening.answer.ts);
}

describe('the Slack agent desk over HTTP, against bolt with signed requests', () => {
  it('threads a handed-off web chat conversation and relays both ways until Return to bot', async () => {
    const chat = await waitingCustomer();
    const id = chat.key;
    const ts = await threadOf(id);
    const opening = slack.posts().find((call) => JSON.stringify(call.args.blocks ?? '').includes(id))!;
    const actions = JSON.stringify(opening.args.blocks);
    for (const button of ['handoff_claim', 'handoff_release', 'handoff_close']) expect(actions).toContain(button);

    // 1. Claim from Slack: the customer hears a person joined; the console API shows the holder.
    expect(await click('handoff_claim', id)).toBe(200);
    await chat.pushed(/已接入/, 'bot');
    const queued = (await staffClient(server.baseUrl, STAFF.li).queue()).body.queue.find((entry) => entry.conversationId === id);
    expect(queued?.claimedBy).toBe('slack:U1LI');
    await slack.waitFor((call) => call.args.thread_ts === ts && String(call.args.text).includes('Claimed by <@U1LI>'));

    // 2. The customer writes: the bot is silent and the message appears in the thread, as text.
    expect(await chat.send('型号 XQG100 <b>急</b>')).toEqual([]);
    await slack.waitFor((call) => call.args.thread_ts === ts && String(call.args.text).includes('型号 XQG100 &lt;b&gt;急&lt;/b&gt;'));

    // 3. A reply in the thread reaches the customer's web chat as the agent.
    expect(await postSignedToSlackEndpoint(endpoint(), SECRET, threadReply(CHANNEL, ts, 'U1LI', '您好，我是 Slack 上的小李'), 'application/json')).toBe(200);
    await chat.pushed(/Slack 上的小李/, 'agent');

    // 4. Another agent's click is refused in the thread; Return to bot hands it back.
    expect(await click('handoff_claim', id, 'U2WANG')).toBe(200);
    await slack.waitFor((call) => call.args.thread_ts === ts && String(call.args.text).includes('another agent (slack:U1LI) holds it'));
    expect(await click('handoff_release', id)).toBe(200);
    await chat.pushed(/还有什么可以帮您/, 'bot');
    await slack.waitFor((call) => call.args.thread_ts === ts && String(call.args.text).includes('Returned to the bot'));
    expect(textsOf(await chat.send('冰箱不制冷了'))).toMatch(/冰箱|制冷/);
  });

  it('Close ends with the satisfaction question', async () => {
    const chat = await waitingCustomer();
    await threadOf(chat.key);
    await click('handoff_claim', chat.key);
    await click('handoff_close', chat.key);
    await chat.pushed(/打个分/, 'bot');
  });

  it('refuses requests without a valid Slack signature', async () => {
    const chat = await waitingCustomer();
    const body = buttonClick('handoff_claim', chat.key, 'U9EVE', CHANNEL, `${apiUrl}respond`);
    expect(await postSignedToSlackEndpoint(endpoint(), SECRET, body, 'application/x-www-form-urlencoded', { badSignature: true })).toBe(401);
    expect((await staffClient(server.baseUrl, STAFF.admin).queue()).body.queue.find((e) => e.conversationId === chat.key)?.claimedBy).toBeUndefined();
  });
});
