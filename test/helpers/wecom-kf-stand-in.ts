import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { aesKeyOf, encryptMessage, wechatSignature } from '../../src/channels/wechat-common/callback-crypto.js';
import { buildFlatXml } from '../../src/channels/wechat-common/flat-xml.js';

export interface KfAccount {
  corpId: string;
  token: string;
  encodingAesKey: string;
}

export interface KfSent {
  path: string;
  body: Record<string, unknown>;
  errcode: number;
  /** The access token the call carried. */
  accessToken: string;
}

type Body = Record<string, unknown>;
const key = (openKfId: string, userId: string) => `${openKfId}:${userId}`;

/** Transitions kf/service_state/trans allows (https://developer.work.weixin.qq.com/document/path/94669). */
const ALLOWED: Record<number, number[]> = { 0: [1, 2, 3], 1: [2, 3], 2: [3], 3: [3, 4], 4: [] };

/**
 * A local stand-in for WeCom's customer-service API (qyapi.weixin.qq.com) on loopback: gettoken,
 * sync_msg over a queue of messages with a real cursor (its position, opaque to the bot) and
 * pages of `pageSize`, send_msg and send_msg_on_event recorded, service_state kept per customer
 * with WeCom's allowed transitions, media/get, and a token that can be answered 42001 once.
 */
export class WecomKfStandIn {
  readonly sent: KfSent[] = [];
  readonly media = new Map<string, { bytes: Buffer; contentType: string }>();
  readonly states = new Map<string, number>();
  readonly transitions: { customer: string; to: number; servicer?: string }[] = [];
  pageSize = 3;
  /** How long send_msg takes to answer, so a backlog takes long enough to be interrupted. */
  sendDelayMs = 0;
  tokenFetches = 0;
  syncCalls = 0;
  /** The cursor each sync_msg call carried ('' for none), in order. */
  readonly syncCursors: string[] = [];
  #messages: Body[] = [];
  #validToken?: string;
  #expireOnce = false;
  #codes = new Set<string>();
  #sequence = 0;
  #app?: FastifyInstance;

  async start(): Promise<string> {
    const app = Fastify();
    this.#app = app;
    app.get('/cgi-bin/gettoken', async (request) => {
      this.tokenFetches += 1;
      this.#validToken = `kf-token-${this.tokenFetches}`;
      return { errcode: 0, errmsg: 'ok', access_token: this.#validToken, expires_in: 7200, corpid: (request.query as Body).corpid };
    });
    app.addHook('preHandler', async (request, reply) => {
      if (request.url.startsWith('/cgi-bin/gettoken')) return;
      const token = String((request.query as Body).access_token ?? '');
      if (this.#expireOnce && token === this.#validToken) {
        this.#expireOnce = false;
        this.#validToken = undefined;
        return reply.send({ errcode: 42001, errmsg: 'access_token expired' });
      }
      if (token !== this.#validToken) return reply.send({ errcode: 40014, errmsg: 'invalid access_token' });
    });
    app.post('/cgi-bin/kf/sync_msg', async (request) => this.#sync(request.body as Body));
    app.post('/cgi-bin/kf/send_msg', async (request) => {
      const answer = this.#record('send_msg', request.body as Body, String((request.query as Body).access_token));
      if (this.sendDelayMs) await new Promise((resolve) => setTimeout(resolve, this.sendDelayMs));
      return answer;
    });
    app.post('/cgi-bin/kf/send_msg_on_event', async (request) => this.#record('send_msg_on_event', request.body as Body, String((request.query as Body).access_token)));
    app.post('/cgi-bin/kf/service_state/get', async (request) => {
      const body = request.body as Body;
      return { errcode: 0, errmsg: 'ok', service_state: this.states.get(key(String(body.open_kfid), String(body.external_userid))) ?? 4 };
    });
    app.post('/cgi-bin/kf/service_state/trans', async (request) => this.#trans(request.body as Body));
    app.get('/cgi-bin/media/get', async (request, reply) => {
      const file = this.media.get(String((request.query as Body).media_id));
      if (!file) return { errcode: 40007, errmsg: 'invalid media_id' };
      return reply.type(file.contentType).send(file.bytes);
    });
    return `${await app.listen({ port: 0, host: '127.0.0.1' })}/`;
  }

  async stop(): Promise<void> {
    await this.#app?.close();
  }

  /** The next call with the current token is answered "expired" (42001), as when WeCom retired it. */
  expireTokenOnce(): void {
    this.#expireOnce = true;
  }

  /** A customer's text, queued for sync_msg; a new session starts 未处理. */
  customerSays(openKfId: string, userId: string, content: string): string {
    if ((this.states.get(key(openKfId, userId)) ?? 4) === 4) this.states.set(key(openKfId, userId), 0);
    return this.#queue({ open_kfid: openKfId, external_userid: userId, origin: 3, msgtype: 'text', text: { content } });
  }

  customerSends(openKfId: string, userId: string, msgtype: 'image' | 'voice' | 'file', mediaId: string): string {
    if ((this.states.get(key(openKfId, userId)) ?? 4) === 4) this.states.set(key(openKfId, userId), 0);
    return this.#queue({ open_kfid: openKfId, external_userid: userId, origin: 3, msgtype, [msgtype]: { media_id: mediaId } });
  }

  /** The customer opened the account's link: enter_session with a welcome code good for one message. */
  customerEnters(openKfId: string, userId: string): string {
    const code = `welcome-${randomBytes(4).toString('hex')}`;
    this.#codes.add(code);
    this.#queue({ open_kfid: openKfId, origin: 4, msgtype: 'event', event: { event_type: 'enter_session', open_kfid: openKfId, external_userid: userId, scene: 'link', welcome_code: code } });
    return code;
  }

  /** A WeCom 接待人员 ended the session in the WeCom app. */
  servicerEnds(openKfId: string, userId: string): void {
    this.states.set(key(openKfId, userId), 4);
    this.#queue({ open_kfid: openKfId, origin: 4, msgtype: 'event', event: { event_type: 'session_status_change', open_kfid: openKfId, external_userid: userId, change_type: 3 } });
  }

  /** Texts sent to one customer with send_msg or send_msg_on_event, in order. */
  textsTo(openKfId: string, userId: string): string[] {
    return this.sent
      .filter((call) => call.errcode === 0 && ((call.body.touser === userId && call.body.open_kfid === openKfId) || call.body.customer === key(openKfId, userId)))
      .map((call) => (call.body.text as { content: string }).content);
  }

  /** Customers who were sent anything, with how many send_msg calls each got. */
  sendsByCustomer(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const call of this.sent) {
      if (call.path !== 'send_msg' || call.errcode) continue;
      const customer = key(String(call.body.open_kfid), String(call.body.touser));
      counts.set(customer, (counts.get(customer) ?? 0) + 1);
    }
    return counts;
  }

  async waitUntil(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('the WeCom stand-in did not see what the test waited for');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Posts WeCom's kf_msg_or_event callback to the bot, encrypted and signed as WeCom does. */
  async notify(url: string, account: KfAccount, openKfId: string, options: { badSignature?: boolean } = {}): Promise<Response> {
    const xml = buildFlatXml({ ToUserName: account.corpId, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'kf_msg_or_event', Token: `sync-${randomBytes(6).toString('hex')}`, OpenKfId: openKfId });
    const encrypt = encryptMessage(xml, aesKeyOf(account.encodingAesKey), account.corpId);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString('hex');
    const signature = wechatSignature(options.badSignature ? 'not-the-token' : account.token, timestamp, nonce, encrypt);
    const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce });
    return fetch(`${url}?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: buildFlatXml({ ToUserName: account.corpId, Encrypt: encrypt, AgentID: '' }) });
  }

  #queue(fields: Body): string {
    const msgid = `msg-${++this.#sequence}`;
    this.#messages.push({ msgid, send_time: Math.floor(Date.now() / 1000), ...fields });
    return msgid;
  }

  #sync(body: Body): Body {
    this.syncCalls += 1;
    this.syncCursors.push(typeof body.cursor === 'string' ? body.cursor : '');
    const from = typeof body.cursor === 'string' && body.cursor ? Number(body.cursor.replace(/^c/, '')) : 0;
    const wanted = this.#messages.slice(from).filter((m) => !body.open_kfid || m.open_kfid === body.open_kfid);
    const page = wanted.slice(0, Math.min(Number(body.limit ?? 1000), this.pageSize));
    const last = page.at(-1);
    const next = last ? this.#messages.indexOf(last) + 1 : from;
    return { errcode: 0, errmsg: 'ok', next_cursor: `c${next}`, has_more: wanted.length > page.length ? 1 : 0, msg_list: page };
  }

  #record(path: string, body: Body, accessToken: string): Body {
    let errcode = 0;
    if (path === 'send_msg') {
      const state = this.states.get(key(String(body.open_kfid), String(body.touser))) ?? 4;
      // send_msg is allowed only at 未处理 and 智能助手接待.
      if (state !== 0 && state !== 1) errcode = 95018;
    } else if (!this.#codes.delete(String(body.code))) {
      errcode = 95000;
    } else {
      const welcomed = this.#messages.find((m) => (m.event as Body | undefined)?.welcome_code === body.code)?.event as Body;
      body = { ...body, customer: key(String(welcomed.open_kfid), String(welcomed.external_userid)) };
    }
    this.sent.push({ path, body, errcode, accessToken });
    return errcode ? { errcode, errmsg: errcode === 95018 ? 'send msg session status invalid' : 'invalid code' } : { errcode: 0, errmsg: 'ok', msgid: `sent-${this.sent.length}` };
  }

  #trans(body: Body): Body {
    const customer = key(String(body.open_kfid), String(body.external_userid));
    const from = this.states.get(customer) ?? 4;
    const to = Number(body.service_state);
    if (!ALLOWED[from].includes(to)) return { errcode: 95016, errmsg: 'invalid service state transition' };
    if (to === 3 && !body.servicer_userid) return { errcode: 95014, errmsg: 'servicer required' };
    this.states.set(customer, to);
    this.transitions.push({ customer, to, servicer: body.servicer_userid as string | undefined });
    return { errcode: 0, errmsg: 'ok' };
  }
}
