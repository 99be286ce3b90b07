import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { turnLockKey } from '../../src/bot/middleware/turn-lock.js';
import { conversationKey } from '../../src/bot/conversation-key.js';
import type { Ticket } from '../../src/tickets/ticket.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WechatApiStandIn } from '../helpers/wechat-api-stand-in.js';
import { newEncodingAesKey, pushToOfficialAccount, textPush, type PushAccount } from '../helpers/wechat-push.js';
import { wechatSignature } from '../../src/channels/wechat-common/callback-crypto.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../helpers/staff.js';
import { bookWasherRepairByChat, signOffCases } from '../helpers/text-channel-script.js';
import { VISIT_ENV } from '../integration/visit/visit-fixture.js';

const ACCOUNT = 'gh_test';
const APP_ID = 'wx0123456789abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';
const DEADLINE_MS = 3000;

function envFor(apiUrl: string, account: PushAccount): Record<string, string> {
  return {
    WECHAT_OA_ENABLED: 'true', WECHAT_OA_APP_ID: account.appId, WECHAT_OA_APP_SECRET: SECRET, WECHAT_OA_TOKEN: account.token,
    WECHAT_OA_API_URL: apiUrl, WECHAT_OA_REPLY_DEADLINE_MS: String(DEADLINE_MS),
    ...(account.encodingAesKey ? { WECHAT_OA_ENCODING_AES_KEY: account.encodingAesKey } : {}),
  };
}

async function openTicketFor(server: TestApp, openId: string, key: string): Promise<Ticket> {
  const at = new Date().toISOString();
  return server.app.stores.tickets.create({
    customer: { channel: 'wechat-oa', userId: openId, conversationId: openId },
    language: 'zh', name: '陈静', phone: '13812345678', product: 'refrigerator', model: 'BCD-500',
    warranty: 'in', quoteAccepted: false, address: '南京市鼓楼区中山路1号', region: '南京',
    visit: { date: '2030-01-02', period: 'afternoon' }, problem: '不制冷', stepsTried: 1, priority: 'normal',
    idempotencyKey: key, status: 'open', createdAt: at, updatedAt: at,
    responseDueAt: at, onSiteDueAt: at, history: [{ at, by: `customer:${openId}`, from: null, to: 'open' }],
  }, '20300101');
}

describe('WeChat Official Account in safe mode, against a stand-in for WeChat\'s API', () => {
  const api = new WechatApiStandIn();
  const account: PushAccount = { appId: APP_ID, token: 'osbTestToken1', encodingAesKey: newEncodingAesKey() };
  let server: TestApp;
  let url: string;

  beforeAll(async () => {
    server = await startTestApp({ env: { ...envFor(await api.start(), account), ...VISIT_ENV } });
    url = `${server.baseUrl}/wechat/official-account`;
  });
  afterAll(async () => {
    await server.close();
    await api.stop();
  });

  /** One push and everything the bot said to it: the passive reply, then what went through custom/send. */
  async function turn(openId: string, fields: Record<string, string | number>): Promise<string> {
    const before = api.sentTo(openId).length;
    const result = await pushToOfficialAccount(url, account, fields);
    expect(result.status).toBe(200);
    await server.app.wechatOfficial!.drain();
    return [result.reply?.Content, ...api.sentTo(openId).slice(before)].filter(Boolean).join('\n');
  }
  const say = (openId: string, text: string) => turn(openId, textPush(ACCOUNT, openId, text));

  it('answers the admin console\'s URL check with echostr, and 401 when the signature is wrong', async () => {
    const [timestamp, nonce] = ['1700000000', 'n0nce'];
    const good = await fetch(`${url}?signature=${wechatSignature(account.token, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&echostr=echo-123`);
    expect([good.status, await good.text()]).toEqual([200, 'echo-123']);
    const bad = await fetch(`${url}?signature=${wechatSignature('other', timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&echostr=echo-123`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: 'CHANNEL_AUTH_FAILED' });
  });

  it('refuses a push with a wrong msg_signature and a plain push once safe mode is set (401), and answers neither', async () => {
    const forged = await pushToOfficialAccount(url, account, textPush(ACCOUNT, 'oForger', '你好'), { badSignature: true });
    expect(forged.status).toBe(401);
    const plain = await pushToOfficialAccount(url, { ...account, encodingAesKey: undefined }, textPush(ACCOUNT, 'oForger', '你好'));
    expect(plain.status).toBe(401);
    await server.app.wechatOfficial!.drain();
    expect(api.calls.filter((call) => call.body.touser === 'oForger')).toEqual([]);
  });

  it('answers a message within the 5-second window with a passive reply, encrypted and signed', async () => {
    const started = Date.now();
    const result = await pushToOfficialAccount(url, account, textPush(ACCOUNT, 'oPassive', '我家洗衣机不排水了'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.replySignatureValid).toBe(true);
    expect(result.reply).toMatchObject({ ToUserName: 'oPassive', FromUserName: ACCOUNT, MsgType: 'text' });
    expect(result.reply?.Content).toMatch(/洗衣机/);
  });

  it('runs a first message to a stored ticket, numbered choices answered by number', async () => {
    const openId = 'oWangFang';
    const id = await bookWasherRepairByChat((text) => say(openId, text));
    expect(await server.app.stores.tickets.get(id)).toMatchObject({
      status: 'open', name: '王芳', phone: '+8613912345678', model: 'XQG100-D3',
      customer: { channel: 'wechat-oa', userId: openId, conversationId: openId },
    });
  });

  describe('the after-visit sign-off, long after the passive window, through the customer-service API', () => {
    signOffCases({ say, sentTo: (openId) => api.sentTo(openId), server: () => server }, { yes: 'oSignOffYes', no: 'oSignOffNo' });
  });

  it('handles a push WeChat retries (same MsgId) once', async () => {
    const push = textPush(ACCOUNT, 'oRetry', '空调不制冷', '900000000000001');
    const first = await pushToOfficialAccount(url, account, push);
    expect(first.reply?.Content).toMatch(/空调/);
    await server.app.wechatOfficial!.drain();
    const sent = api.sentTo('oRetry').length;
    for (let retry = 0; retry < 3; retry += 1) {
      const again = await pushToOfficialAccount(url, account, push);
      expect([again.status, again.body]).toEqual([200, 'success']);
    }
    await server.app.wechatOfficial!.drain();
    expect(api.sentTo('oRetry').length).toBe(sent);
  });

  it('sends a reply that misses the deadline through the customer-service API instead', async () => {
    const openId = 'oLate';
    // 1. Another process holds the conversation's turn longer than the deadline.
    const lock = server.app.stores.turnLock;
    const key = turnLockKey('wechat-oa', openId);
    expect(await lock.tryAcquire(key, 'other-process', 30_000)).toBe(true);
    setTimeout(() => { void lock.release(key, 'other-process'); }, DEADLINE_MS + 500);
    // 2. WeChat gets an empty "success" at the deadline, well within its 5 s…
    const started = Date.now();
    const result = await pushToOfficialAccount(url, account, textPush(ACCOUNT, openId, '冰箱不制冷'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.body).toBe('success');
    // 3. …and the answer follows through message/custom/send with the shared token.
    const call = await api.waitFor((c) => c.path === '/cgi-bin/message/custom/send' && c.body.touser === openId);
    expect(call).toMatchObject({ query: { access_token: expect.stringMatching(/^token-/) }, body: { msgtype: 'text', text: { content: expect.any(String) } } });
    await server.app.wechatOfficial!.drain();
    expect(api.sentTo(openId).join('\n')).toMatch(/冰箱/);
  });

  it('relays an agent\'s reply through the customer-service API, signed with the agent\'s name', async () => {
    const openId = 'oHandoff';
    expect(await say(openId, '转人工')).toMatch(/人工客服/);
    const desk = server.app.handoff.service;
    const agent = { id: 'lina', name: '李娜', supervisor: false };
    await desk.claim(conversationKey('wechat-oa', openId), agent);
    await desk.reply(conversationKey('wechat-oa', openId), agent, '您好，我来帮您看看。');
    expect(api.sentTo(openId).at(-1)).toBe('李娜：您好，我来帮您看看。');
  });

  it('fetches a picture through media/get and attaches it to the follower\'s open ticket', async () => {
    const openId = 'oPicture';
    const ticket = await openTicketFor(server, openId, 'oa-media-1');
    const photo = Buffer.from('\xff\xd8\xff\xe0 a small jpeg', 'latin1');
    api.media.set('media-photo-1', { bytes: photo, contentType: 'image/jpeg' });
    const reply = await turn(openId, { ToUserName: ACCOUNT, FromUserName: openId, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'image', PicUrl: 'http://mmbiz.qpic.cn/x', MediaId: 'media-photo-1', MsgId: '900000000000002' });
    expect(reply).toMatch(new RegExp(`图片[\\s\\S]*${ticket.id}`));
    const stored = await server.app.stores.tickets.get(ticket.id);
    expect(stored?.attachments).toEqual([expect.objectContaining({ kind: 'image', contentType: 'image/jpeg', sizeBytes: photo.length })]);
  });

  it('reads a voice message by WeChat\'s recognition text, and greets a new follower', async () => {
    const voice = await turn('oVoice', { ToUserName: ACCOUNT, FromUserName: 'oVoice', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'voice', MediaId: 'm-voice', Format: 'amr', Recognition: '热水器不出热水。', MsgId: '900000000000003' });
    expect(voice).toMatch(/热水器/);
    const greeting = await turn('oNewFollower', { ToUserName: ACCOUNT, FromUserName: 'oNewFollower', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'subscribe' });
    expect(greeting).toMatch(/您好|你好/);
  });
});

describe('WeChat Official Account in plain mode, and the 48-hour rule', () => {
  const api = new WechatApiStandIn();
  const account: PushAccount = { appId: APP_ID, token: 'osbTestToken2' };
  const clock = new ManualClock(new Date());
  let server: TestApp;
  let url: string;

  beforeAll(async () => {
    server = await startTestApp({ env: { ...envFor(await api.start(), account), STAFF_TOKENS: STAFF_TOKENS_ENV }, clock, startIdleSweep: false, startSlaClock: false });
    url = `${server.baseUrl}/wechat/official-account`;
  });
  afterAll(async () => {
    await server.close();
    await api.stop();
  });

  it('answers a plain push in plain XML, and 401 on a wrong signature', async () => {
    const result = await pushToOfficialAccount(url, account, textPush(ACCOUNT, 'oPlain', '电视没有声音'));
    expect(result.reply).toMatchObject({ ToUserName: 'oPlain', FromUserName: ACCOUNT, MsgType: 'text', Content: expect.stringMatching(/电视/) });
    expect((await pushToOfficialAccount(url, account, textPush(ACCOUNT, 'oPlain', '你好'), { badSignature: true })).status).toBe(401);
  });

  it('sends proactively only within 48 hours of the follower\'s last message, and tells staff otherwise', async () => {
    const openId = 'oWindow';
    const customer = { channel: 'wechat-oa', userId: openId, conversationId: openId };
    const progress = { text: '您的工单已派给工程师。', sender: { kind: 'bot' as const } };
    await pushToOfficialAccount(url, account, textPush(ACCOUNT, openId, '洗碗机漏水'));
    await server.app.wechatOfficial!.drain();

    clock.advance(47 * 60 * 60 * 1000);
    await server.app.messenger.send(customer, progress);
    expect(api.sentTo(openId).at(-1)).toBe('您的工单已派给工程师。');

    clock.advance(2 * 60 * 60 * 1000);
    const sentBefore = api.calls.length;
    await expect(server.app.messenger.send(customer, progress)).rejects.toMatchObject({
      code: 'CHANNEL_SEND_FAILED', status: 409, details: { reason: 'reply-window-closed', channel: 'wechat-oa' },
    });
    await expect(server.app.messenger.send({ ...customer, userId: 'oNeverSeen', conversationId: 'oNeverSeen' }, progress)).rejects.toMatchObject({ details: { reason: 'reply-window-closed' } });
    expect(api.calls.length).toBe(sentBefore);
  });

  it('reports WeChat\'s own "out of time limit" (45015) the same way', async () => {
    const openId = 'oRefused';
    await pushToOfficialAccount(url, account, textPush(ACCOUNT, openId, '你好'));
    await server.app.wechatOfficial!.drain();
    api.outOfWindow.add(openId);
    await expect(server.app.messenger.send({ channel: 'wechat-oa', userId: openId, conversationId: openId }, { text: '回访', sender: { kind: 'bot' } }))
      .rejects.toMatchObject({ code: 'CHANNEL_SEND_FAILED', details: { reason: 'reply-window-closed', errcode: 45015 } });
  });

  it('tells the agent on the desk, instead of sending, when the follower has been silent for 48 hours', async () => {
    const openId = 'oSilent';
    await pushToOfficialAccount(url, account, textPush(ACCOUNT, openId, '转人工'));
    await server.app.wechatOfficial!.drain();
    const li = staffClient(server.baseUrl, STAFF.li);
    const key = conversationKey('wechat-oa', openId);
    expect((await li.claim(key)).body.request?.claimedBy).toBe('li');
    expect((await li.say(key, '还在吗？')).body.delivered).toBe(true);
    expect(api.sentTo(openId).at(-1)).toMatch(/还在吗/);

    clock.advance(49 * 60 * 60 * 1000);
    const refused = await li.say(key, '您好，工程师明天上门。');
    expect(refused).toMatchObject({ status: 409, body: { code: 'CHANNEL_SEND_FAILED', message: expect.stringMatching(/48-hour/) } });
    expect(api.sentTo(openId).at(-1)).toMatch(/还在吗/);
  });
});
