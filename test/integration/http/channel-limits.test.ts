import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { BotFrameworkIssuer } from '../../helpers/bot-framework-issuer.js';
import { WechatApiStandIn } from '../../helpers/wechat-api-stand-in.js';
import { pushToOfficialAccount, textPush, type PushAccount } from '../../helpers/wechat-push.js';
import { RecordingLog } from '../../unit/tickets/sla-fixture.js';
import { SlackApiStandIn, threadReply } from '../../helpers/slack-stand-in.js';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const SERVICE_URL = 'http://127.0.0.1:9/connector';

describe('Bot Framework with verified tokens: limited per customer, not per connector address', () => {
  const issuer = new BotFrameworkIssuer(['directline']);
  const log = new RecordingLog();
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({
      startSlaClock: false, log,
      env: {
        MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-by-expect-replies', BOT_FRAMEWORK_ANONYMOUS: 'false',
        BOT_FRAMEWORK_OPENID_METADATA_URL: await issuer.start(),
        IP_RATE_MAX: '5', IP_UNVERIFIED_MAX: '3', CUSTOMER_RATE_MAX: '3',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await issuer.stop();
  });

  /** One message from `userId` as the connector sends it, over a real socket from 127.0.0.1. */
  const post = (userId: string, text: string, authorization = issuer.authorization({ appId: APP_ID, serviceUrl: SERVICE_URL })) => fetch(`${server.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({
      type: 'message', id: randomUUID(), text, channelId: 'directline', serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies',
      conversation: { id: `conv-${userId}` }, from: { id: userId }, recipient: { id: 'bot' },
    }),
  });

  it('lets twelve customers behind one connector address through, more than the per-IP limit of 5 allows', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(`customer-${i}`, '洗衣机不排水')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    const replies = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { activities: { text?: string }[] }).activities));
    expect(replies.every((activities) => activities.some((a) => /洗衣机|排水/.test(a.text ?? '')))).toBe(true);
  });

  it('answers one flooding customer 429 with Retry-After past their own limit, logs each refused message, and others go on', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 5; i++) {
      const answer = await post('flooder', `hello ${i}`);
      statuses.push(answer.status);
      if (answer.status === 429) refused = answer;
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(refused!.headers.get('retry-after')).toBe('60');
    expect(await refused!.json()).toMatchObject({ code: 'CUSTOMER_RATE_LIMITED' });
    const lines = log.lines.filter((line) => line.message === 'customer.rate.limited');
    expect(lines).toHaveLength(2);
    expect(lines[0].fields).toMatchObject({ channel: 'directline', conversationId: 'conv-flooder', hits: 4, max: 3 });
    expect((await post('customer-0', '还是不排水')).status).toBe(200);
  });

  it('counts refused tokens and bodies against the address and refuses it before reading credentials once past IP_UNVERIFIED_MAX', async () => {
    const forged = new BotFrameworkIssuer(['directline']).authorization({ appId: APP_ID, serviceUrl: SERVICE_URL });
    const statuses: number[] = [];
    // A body that is no activity is refused before its token is read, and counts as well.
    for (let i = 0; i < 2; i++) {
      statuses.push((await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' })).status);
    }
    for (let i = 0; i < 3; i++) statuses.push((await post('intruder', 'hi', forged)).status);
    // Counted when answered: the fourth refusal passes the limit, the fifth request is refused at once.
    expect(statuses).toEqual([400, 400, 401, 401, 429]);
    expect(log.lines.some((line) => line.message === 'http.unverified.refused')).toBe(true);
  });
});

describe('X-Forwarded-For and TRUST_PROXY on the anonymous web chat endpoints', () => {
  let untrusting: TestApp;
  let behindProxy: TestApp;
  beforeAll(async () => {
    [untrusting, behindProxy] = await Promise.all([
      startTestApp({ startSlaClock: false, env: { IP_RATE_MAX: '3' } }),
      // The test's own socket (127.0.0.1) plays the reverse proxy.
      startTestApp({ startSlaClock: false, env: { IP_RATE_MAX: '3', TRUST_PROXY: '127.0.0.1' } }),
    ]);
  });
  afterAll(async () => { await Promise.all([untrusting?.close(), behindProxy?.close()]); });

  const open = (app: TestApp, forwardedFor: string) => fetch(`${app.baseUrl}/api/webchat/sessions`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } })
    .then((answer) => answer.status);

  it('ignores X-Forwarded-For without TRUST_PROXY: a client cannot escape its limit by naming other addresses', async () => {
    const statuses = [];
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) statuses.push(await open(untrusting, address));
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('honours the trusted proxy\'s X-Forwarded-For: customers behind it are counted apart', async () => {
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await open(behindProxy, '203.0.113.10'));
    expect(first).toEqual([201, 201, 201, 429]);
    expect(await open(behindProxy, '203.0.113.11')).toBe(201);
  });

  it('ignores a spoofed hop beyond the trusted proxy: the address the proxy saw is the one counted', async () => {
    // The client wrote its own X-Forwarded-For; the proxy appended the address it really came from.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await open(behindProxy, `10.9.9.${i}, 203.0.113.20`));
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('WeChat Official Account pushes with valid signatures: limited per customer', () => {
  const api = new WechatApiStandIn();
  const account: PushAccount = { appId: 'wx0123456789abcdef', token: 'osbLimitToken1' };
  const log = new RecordingLog();
  let server: TestApp;
  let url: string;
  beforeAll(async () => {
    server = await startTestApp({
      startSlaClock: false, log,
      env: {
        WECHAT_OA_ENABLED: 'true', WECHAT_OA_APP_ID: account.appId, WECHAT_OA_APP_SECRET: '0123456789abcdef0123456789abcdef',
        WECHAT_OA_TOKEN: account.token, WECHAT_OA_API_URL: await api.start(), IP_RATE_MAX: '4', IP_UNVERIFIED_MAX: '2', CUSTOMER_RATE_MAX: '2',
      },
    });
    url = `${server.baseUrl}/wechat/official-account`;
  });
  afterAll(async () => {
    await server?.close();
    await api.stop();
  });

  it('lets eight customers from WeChat\'s one address through, past the per-IP limit of 4', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => pushToOfficialAccount(url, account, textPush('gh_test', `openid-${i}`, '冰箱不制冷'))));
    expect(results.map((result) => result.status)).toEqual(Array(8).fill(200));
  });

  it('tells a flooding customer to slow down once, in a passive reply, then answers WeChat "success" with a log line', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await pushToOfficialAccount(url, account, textPush('gh_test', 'openid-flood', `在吗${i}`)));
    await server.app.wechatOfficial!.drain();
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200]);
    expect(results[2].reply?.Content).toMatch(/发消息有点快/);
    expect(results[3].body).toBe('success');
    expect(log.lines.filter((line) => line.message === 'customer.rate.limited').map((line) => (line.fields as { told: boolean }).told)).toEqual([true, false]);
  });

  it('refuses an address whose pushes fail the signature, past IP_UNVERIFIED_MAX', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await pushToOfficialAccount(url, account, textPush('gh_test', 'openid-x', 'hi'), { badSignature: true })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('Slack requests with a valid signing secret: limited per Slack user', () => {
  const SECRET = 'slack-signing-secret-for-limits';
  const slack = new SlackApiStandIn();
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({
      startSlaClock: false, startIdleSweep: false,
      env: {
        SLACK_ENABLED: 'true', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_CHANNEL_ID: 'C0DESK',
        SLACK_API_URL: await slack.start(), IP_RATE_MAX: '3', IP_UNVERIFIED_MAX: '2', CUSTOMER_RATE_MAX: '3',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await slack.stop();
  });

  const post = (body: string, secret = SECRET) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return fetch(`${server.baseUrl}/slack/events`, {
      method: 'POST', body, headers: { 'content-type': 'application/json', 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
    });
  };

  it('lets many agents through from Slack\'s one address, and answers one agent past the limit 429 with Retry-After', async () => {
    const agents = await Promise.all(Array.from({ length: 6 }, (_, i) => post(threadReply('C0DESK', '1.0', `U${i}`, 'hello'))));
    expect(agents.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    const statuses = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await post(threadReply('C0DESK', '1.0', 'UFLOOD', `again ${i}`));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get('retry-after')).toBe('60');
    expect(last!.headers.get('x-slack-no-retry')).toBe('1');
  });

  it('counts forged signatures against the address, refused once past IP_UNVERIFIED_MAX', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(threadReply('C0DESK', '1.0', 'U9', 'x'), 'wrong-secret')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
