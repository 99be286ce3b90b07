import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKey } from '../../src/bot/conversation-key.js';
import { aesKeyOf, encryptMessage, wechatSignature } from '../../src/channels/wechat-common/callback-crypto.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { newEncodingAesKey } from '../helpers/wechat-push.js';
import { WecomKfStandIn, type KfAccount } from '../helpers/wecom-kf-stand-in.js';
import { bookWasherRepairByChat, signOffCases } from '../helpers/text-channel-script.js';
import { VISIT_ENV } from '../integration/visit/visit-fixture.js';

const KFID = 'wkTestAccount01';
const account: KfAccount = { corpId: 'ww0123456789abcdef', token: 'kfTestToken1', encodingAesKey: newEncodingAesKey() };

export function wecomKfEnv(apiBase: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WECOM_KF_ENABLED: 'true', WECOM_KF_CORP_ID: account.corpId, WECOM_KF_SECRET: 'kf-secret-0123456789abcdefghijklmnopqrstuvw',
    WECOM_KF_TOKEN: account.token, WECOM_KF_AES_KEY: account.encodingAesKey, WECOM_KF_API_BASE: apiBase, WECOM_KF_POLL_MS: '3600000', ...extra,
  };
}

function describeChannel(handoffTo: 'desk' | 'wecom', cases: (ctx: () => { server: TestApp; api: WecomKfStandIn; url: string }) => void) {
  describe(`WeCom customer service (handoff to ${handoffTo}), against a stand-in for WeCom's API`, () => {
    const api = new WecomKfStandIn();
    let server: TestApp;
    let url: string;
    beforeAll(async () => {
      server = await startTestApp({ env: wecomKfEnv(await api.start(), { WECOM_KF_HANDOFF_TO: handoffTo, WECOM_KF_SERVICERS: 'lina:LiNa', ...VISIT_ENV }), startIdleSweep: false, startSlaClock: false });
      url = `${server.baseUrl}/wecom/kf`;
    });
    afterAll(async () => {
      await server.close();
      await api.stop();
    });
    cases(() => ({ server, api, url }));
  });
}

/** What the bot sent a customer after `act` queued something for them and WeCom called back. */
async function exchange(ctx: { server: TestApp; api: WecomKfStandIn; url: string }, userId: string, act: () => void): Promise<string> {
  const before = ctx.api.textsTo(KFID, userId).length;
  act();
  const answer = await ctx.api.notify(ctx.url, account, KFID);
  expect([answer.status, await answer.text()]).toEqual([200, 'success']);
  await ctx.server.app.wecomKf!.drain();
  return ctx.api.textsTo(KFID, userId).slice(before).join('\n');
}

describeChannel('desk', (ctx) => {
  const say = (userId: string, text: string) => exchange(ctx(), userId, () => ctx().api.customerSays(KFID, userId, text));

  it('answers the admin console\'s URL check with the decrypted echostr, and 401 with the reason when the signature is wrong', async () => {
    const { url } = ctx();
    const echostr = encryptMessage('echo-4711', aesKeyOf(account.encodingAesKey), account.corpId);
    const [timestamp, nonce] = ['1700000000', 'n0nce'];
    const query = (token: string) => new URLSearchParams({ msg_signature: wechatSignature(token, timestamp, nonce, echostr), timestamp, nonce, echostr });
    const good = await fetch(`${url}?${query(account.token)}`);
    expect([good.status, await good.text()]).toEqual([200, 'echo-4711']);
    const bad = await fetch(`${url}?${query('other-token')}`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: 'CHANNEL_AUTH_FAILED', message: expect.stringMatching(/msg_signature/) });
  });

  it('refuses a callback with a wrong msg_signature (401) and reads nothing for it', async () => {
    const { api, url } = ctx();
    api.customerSays(KFID, 'wmForger', '你好');
    const calls = api.syncCalls;
    const forged = await api.notify(url, account, KFID, { badSignature: true });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'CHANNEL_AUTH_FAILED', message: expect.stringMatching(/msg_signature does not match/) });
    await ctx().server.app.wecomKf!.drain();
    expect(api.syncCalls).toBe(calls);
  });

  it('runs a first message to a stored ticket over callback, sync_msg and send_msg, choices answered by number', async () => {
    const userId = 'wmWangFang';
    const id = await bookWasherRepairByChat((text) => say(userId, text));
    expect(ctx().api.states.get(`${KFID}:${userId}`)).toBe(1);
    const conversationId = `${KFID}:${userId}`;
    expect(await ctx().server.app.stores.tickets.get(id)).toMatchObject({
      status: 'open', name: '王芳', phone: '+8613912345678', customer: { channel: 'wecom-kf', userId: conversationId, conversationId },
    });
  });

  describe('the after-visit sign-off, sent with send_msg when the engineer marks the repair done', () => {
    signOffCases({ say, sentTo: (userId) => ctx().api.textsTo(KFID, userId), server: () => ctx().server }, { yes: 'wmSignOffYes', no: 'wmSignOffNo' });
  });

  it('greets a customer who opens the account\'s link, on the welcome code', async () => {
    const { api } = ctx();
    const greeting = await exchange(ctx(), 'wmNewcomer', () => { api.customerEnters(KFID, 'wmNewcomer'); });
    expect(greeting).toMatch(/您好|你好/);
    expect(api.sent.filter((call) => call.path === 'send_msg_on_event' && call.errcode === 0)).toHaveLength(1);
  });

  it('answers a message once when WeCom calls back three times for it', async () => {
    const { api, url, server } = ctx();
    api.customerSays(KFID, 'wmRetry', '空调不制冷');
    await Promise.all([1, 2, 3].map(() => api.notify(url, account, KFID)));
    await server.app.wecomKf!.drain();
    await api.notify(url, account, KFID);
    await server.app.wecomKf!.drain();
    const answers = api.textsTo(KFID, 'wmRetry');
    expect(answers.join('\n')).toMatch(/空调/);
    expect(answers.filter((text) => /第 1 步/.test(text))).toHaveLength(1);
  });

  it('fetches a new token once when WeCom answers 42001, and the reply still goes', async () => {
    const { api } = ctx();
    const fetches = api.tokenFetches;
    api.expireTokenOnce();
    expect(await say('wmExpired', '冰箱不制冷')).toMatch(/冰箱/);
    expect(api.tokenFetches).toBe(fetches + 1);
  });

  it('fetches a picture with media/get and attaches it to the customer\'s open ticket', async () => {
    const { api, server } = ctx();
    const userId = 'wmPicture';
    const conversationId = `${KFID}:${userId}`;
    const at = new Date().toISOString();
    const ticket = await server.app.stores.tickets.create({
      customer: { channel: 'wecom-kf', userId: conversationId, conversationId }, language: 'zh', name: '陈静', phone: '13812345678',
      product: 'refrigerator', model: 'BCD-500', warranty: 'in', quoteAccepted: false, address: '南京市鼓楼区中山路1号', region: '南京',
      visit: { date: '2030-01-02', period: 'afternoon' }, problem: '不制冷', stepsTried: 1, priority: 'normal', idempotencyKey: 'kf-media-1',
      status: 'open', createdAt: at, updatedAt: at, responseDueAt: at, onSiteDueAt: at, history: [{ at, by: 'customer', from: null, to: 'open' }],
    }, '20300101');
    const photo = Buffer.from('\xff\xd8\xff\xe0 a small jpeg', 'latin1');
    api.media.set('kf-photo-1', { bytes: photo, contentType: 'image/jpeg' });
    const reply = await exchange(ctx(), userId, () => { api.customerSends(KFID, userId, 'image', 'kf-photo-1'); });
    expect(reply).toMatch(new RegExp(`图片[\\s\\S]*${ticket.id}`));
    expect((await server.app.stores.tickets.get(ticket.id))?.attachments).toEqual([expect.objectContaining({ kind: 'image', sizeBytes: photo.length })]);
  });

  it('keeps the session with the bot while our own desk serves, so the agent\'s replies go through', async () => {
    const { api, server } = ctx();
    const userId = 'wmDesk';
    expect(await say(userId, '转人工')).toMatch(/人工客服/);
    const key = conversationKey('wecom-kf', `${KFID}:${userId}`);
    const agent = { id: 'lina', name: '李娜', supervisor: false };
    await server.app.handoff.service.claim(key, agent);
    await server.app.handoff.service.reply(key, agent, '您好，我来帮您看看。');
    expect(api.textsTo(KFID, userId).at(-1)).toBe('李娜：您好，我来帮您看看。');
    expect(api.states.get(`${KFID}:${userId}`)).toBe(1);
  });
});

describeChannel('wecom', (ctx) => {
  it('moves the session to 待接入池 on a handoff, to 人工接待 when a mapped agent claims, and ends it when given back', async () => {
    const { api, server } = ctx();
    const userId = 'wmHandoff';
    const customer = `${KFID}:${userId}`;
    // 1. The bot answers a new session: 未处理 → 智能助手接待, and the customer hears their place in the queue.
    const notice = await exchange(ctx(), userId, () => api.customerSays(KFID, userId, '转人工'));
    expect(notice).toMatch(/人工客服/);
    // 2. …and only then (send_msg is refused from 待接入池) the session goes to the pool.
    expect(api.transitions.filter((t) => t.customer === customer).map((t) => t.to)).toEqual([1, 2]);
    const key = conversationKey('wecom-kf', customer);
    const desk = server.app.handoff.service;
    await desk.claim(key, { id: 'lina', name: '李娜', supervisor: false });
    await server.app.wecomKf!.drain();
    expect(api.transitions.at(-1)).toEqual({ customer, to: 3, servicer: 'LiNa' });
    await desk.release(key, { id: 'lina', supervisor: false }, 'ask');
    await server.app.wecomKf!.drain();
    expect(api.states.get(customer)).toBe(4);
    // 3. The customer writes again: a new session, the bot's again.
    expect(await exchange(ctx(), userId, () => api.customerSays(KFID, userId, '热水器不出热水'))).toMatch(/热水器/);
    expect(api.states.get(customer)).toBe(1);
  });

  it('gives the conversation back to the bot when a WeCom 接待人员 ends the session', async () => {
    const { api, server } = ctx();
    const userId = 'wmEnded';
    await exchange(ctx(), userId, () => api.customerSays(KFID, userId, '转人工'));
    const key = conversationKey('wecom-kf', `${KFID}:${userId}`);
    expect(await server.app.handoff.service.get(key)).toBeDefined();
    await exchange(ctx(), userId, () => api.servicerEnds(KFID, userId));
    expect(await server.app.handoff.service.get(key)).toBeUndefined();
  });
});
