import { randomBytes } from 'node:crypto';
import { aesKeyOf, decryptMessage, encryptMessage, wechatSignature } from '../../src/channels/wechat-common/callback-crypto.js';
import { buildFlatXml, parseFlatXml, type FlatXml } from '../../src/channels/wechat-common/flat-xml.js';

export interface PushAccount {
  appId: string;
  token: string;
  /** Safe mode when set. */
  encodingAesKey?: string;
}

/** A fresh EncodingAESKey, as the admin console's 随机生成 makes one: 43 base64 characters of 32 random bytes. */
export function newEncodingAesKey(): string {
  return randomBytes(32).toString('base64').slice(0, 43).replace(/[+/]/g, 'A');
}

export interface PushResult {
  status: number;
  /** The raw response body. */
  body: string;
  /** The passive reply's fields, decrypted in safe mode; undefined for `success` or an empty body. */
  reply?: FlatXml;
  /** In safe mode: whether the reply's MsgSignature is right for its Encrypt. */
  replySignatureValid?: boolean;
}

/** Posts `fields` to the push URL as WeChat does: signed, and encrypted in safe mode. */
export async function pushToOfficialAccount(url: string, account: PushAccount, fields: Record<string, string | number>, options: { badSignature?: boolean } = {}): Promise<PushResult> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(6).toString('hex');
  const token = options.badSignature ? 'not-the-token' : account.token;
  const xml = buildFlatXml(fields);
  const query = new URLSearchParams({ signature: wechatSignature(token, timestamp, nonce), timestamp, nonce, openid: String(fields.FromUserName) });
  let body = xml;
  const key = account.encodingAesKey ? aesKeyOf(account.encodingAesKey) : undefined;
  if (key) {
    const encrypt = encryptMessage(xml, key, account.appId);
    body = buildFlatXml({ ToUserName: String(fields.ToUserName), Encrypt: encrypt });
    query.set('encrypt_type', 'aes');
    query.set('msg_signature', wechatSignature(token, timestamp, nonce, encrypt));
  }
  const response = await fetch(`${url}?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  const text = await response.text();
  const result: PushResult = { status: response.status, body: text };
  if (!text.startsWith('<xml>')) return result;
  const outer = parseFlatXml(text);
  if (!key) return { ...result, reply: outer };
  return {
    ...result,
    reply: parseFlatXml(decryptMessage(outer.Encrypt, key, account.appId)),
    replySignatureValid: outer.MsgSignature === wechatSignature(account.token, outer.TimeStamp, outer.Nonce, outer.Encrypt),
  };
}

let sequence = 0;

/** A text message from `openId`, with a fresh MsgId unless given. */
export function textPush(account: string, openId: string, content: string, msgId = `${Date.now()}${++sequence}`): Record<string, string | number> {
  return { ToUserName: account, FromUserName: openId, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: content, MsgId: msgId };
}
