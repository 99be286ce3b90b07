import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import { decryptMessage, encryptMessage, signatureMatches, wechatSignature } from '../wechat-common/callback-crypto.js';
import { buildFlatXml, parseFlatXml, type FlatXml } from '../wechat-common/flat-xml.js';

/** The query string WeChat adds to every call of the push URL. */
export interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  encrypt_type?: string;
  msg_signature?: string;
}

export interface PushCredentials {
  /** The Token typed in the admin console (服务器配置). */
  token: string;
  appId: string;
  /** From the EncodingAESKey; when set, only safe-mode (encrypted) pushes are accepted. */
  aesKey?: Buffer;
}

export interface OpenedPush {
  push: FlatXml;
  /** The reply must go back encrypted too. */
  encrypted: boolean;
}

function refused(reason: string): AppError {
  return new AppError('CHANNEL_AUTH_FAILED', 'The request is not signed by WeChat with this account\'s Token.', { status: 401, details: { channel: 'wechat-oa', reason } });
}

function checkSignature(query: PushQuery, token: string): void {
  if (!query.timestamp || !query.nonce) throw refused('missing-signature');
  if (!signatureMatches(query.signature, wechatSignature(token, query.timestamp, query.nonce))) throw refused('signature');
}

/** GET from the admin console's "submit": the echostr back when the signature is ours, else 401. */
export function verifyUrl(query: PushQuery, credentials: PushCredentials): string {
  checkSignature(query, credentials.token);
  return query.echostr ?? '';
}

/**
 * A POSTed push → its fields. Plain mode is signed over the query only (token, timestamp, nonce),
 * so once an AES key is configured plain pushes are refused: safe mode's msg_signature also covers
 * the encrypted body.
 */
export function openPush(query: PushQuery, body: string, credentials: PushCredentials): OpenedPush {
  if (query.encrypt_type !== 'aes') {
    if (credentials.aesKey) throw refused('plain-push-in-safe-mode');
    checkSignature(query, credentials.token);
    return { push: parseFlatXml(body), encrypted: false };
  }
  if (!credentials.aesKey) throw refused('no-aes-key');
  if (!query.timestamp || !query.nonce) throw refused('missing-signature');
  const envelope = parseFlatXml(body);
  const encrypted = envelope.Encrypt;
  if (!encrypted) throw refused('no-encrypt-field');
  if (!signatureMatches(query.msg_signature, wechatSignature(credentials.token, query.timestamp, query.nonce, encrypted))) throw refused('msg-signature');
  return { push: parseFlatXml(decryptMessage(encrypted, credentials.aesKey, credentials.appId)), encrypted: true };
}

/** A passive text reply to `push`, sealed the way the push came (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html). */
export function passiveTextReply(opened: OpenedPush, text: string, credentials: PushCredentials, now: Date): string {
  const createTime = Math.floor(now.getTime() / 1000);
  const xml = buildFlatXml({
    ToUserName: opened.push.FromUserName, FromUserName: opened.push.ToUserName, CreateTime: createTime, MsgType: 'text', Content: text,
  });
  if (!opened.encrypted || !credentials.aesKey) return xml;
  const encrypt = encryptMessage(xml, credentials.aesKey, credentials.appId);
  const nonce = randomBytes(8).toString('hex');
  const timestamp = String(createTime);
  return buildFlatXml({
    Encrypt: encrypt, MsgSignature: wechatSignature(credentials.token, timestamp, nonce, encrypt), TimeStamp: createTime, Nonce: nonce,
  });
}
