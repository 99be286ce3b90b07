import { AppError } from '../../errors.js';
import { decryptMessage, signatureMatches, wechatSignature } from '../wechat-common/callback-crypto.js';
import { parseFlatXml } from '../wechat-common/flat-xml.js';

/** The query WeCom adds to every call of the callback URL. */
export interface KfCallbackQuery {
  msg_signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

export interface KfCallbackCredentials {
  /** The Token set beside the URL (接收事件服务器). */
  token: string;
  corpId: string;
  aesKey: Buffer;
}

/** A `kf_msg_or_event` callback: there is news for `openKfId`, to be pulled with sync_msg and `syncToken`. */
export interface KfNotice {
  openKfId: string;
  /** Valid 10 minutes; sync_msg with it is rate-limited far less than without. */
  syncToken?: string;
}

const WHY = {
  'missing-signature': 'msg_signature, timestamp or nonce is missing',
  'missing-echostr': 'the URL check carries no echostr',
  'no-encrypt-field': 'the body has no Encrypt element',
  'msg-signature': 'msg_signature does not match this Token',
} as const;

function refused(reason: keyof typeof WHY): AppError {
  return new AppError('CHANNEL_AUTH_FAILED', `Not a WeCom customer-service callback signed with this Token: ${WHY[reason]}.`, { status: 401, details: { channel: 'wecom-kf', reason } });
}

function checkSigned(query: KfCallbackQuery, encrypted: string, token: string): void {
  if (!query.timestamp || !query.nonce || !query.msg_signature) throw refused('missing-signature');
  if (!signatureMatches(query.msg_signature, wechatSignature(token, query.timestamp, query.nonce, encrypted))) throw refused('msg-signature');
}

/**
 * The admin console's URL check (https://developer.work.weixin.qq.com/document/path/90930): the
 * echostr is encrypted and signed like a message; the answer is its plain text, receiver id the CorpID.
 */
export function verifyKfUrl(query: KfCallbackQuery, credentials: KfCallbackCredentials): string {
  if (!query.echostr) throw refused('missing-echostr');
  checkSigned(query, query.echostr, credentials.token);
  return decryptMessage(query.echostr, credentials.aesKey, credentials.corpId);
}

/**
 * A POSTed callback → the account with news, or undefined for another event WeCom sends the same
 * URL (the callback carries no message: they are pulled with sync_msg,
 * https://developer.work.weixin.qq.com/document/path/94670).
 */
export function openKfCallback(query: KfCallbackQuery, body: string, credentials: KfCallbackCredentials): KfNotice | undefined {
  const encrypted = parseFlatXml(body).Encrypt;
  if (!encrypted) throw refused('no-encrypt-field');
  checkSigned(query, encrypted, credentials.token);
  const event = parseFlatXml(decryptMessage(encrypted, credentials.aesKey, credentials.corpId));
  if (event.MsgType !== 'event' || event.Event !== 'kf_msg_or_event' || !event.OpenKfId) return undefined;
  return { openKfId: event.OpenKfId, syncToken: event.Token || undefined };
}
