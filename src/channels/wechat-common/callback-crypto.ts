import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.js';

/**
 * The message crypto WeChat's Official Accounts (safe mode) and WeCom callbacks share
 * (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Message_encryption_and_decryption_instructions.html,
 * https://developer.work.weixin.qq.com/document/path/90968): a SHA-1 over the sorted strings, and
 * AES-256-CBC with the key from the 43-character EncodingAESKey, the IV its first 16 bytes, and
 * PKCS#7 padded to 32-byte blocks (not AES's 16), around random(16) + length(4, big-endian) + message + receiver id.
 */
export const PAD_BLOCK = 32;

/** sha1 of the parts sorted as strings and joined, hex: WeChat's signature and msg_signature. */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(received: string | undefined, expected: string): boolean {
  if (!received) return false;
  const a = Buffer.from(received.toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32) {
    throw new AppError('CONFIG_INVALID', 'An EncodingAESKey is 43 characters (letters and digits) as the admin console shows it.');
  }
  return key;
}

function authFailed(reason: string): AppError {
  return new AppError('CHANNEL_AUTH_FAILED', `WeChat message could not be decrypted: ${reason}.`, { status: 401, details: { reason } });
}

/** Encrypt's base64 text → the message XML, checking the receiver id (AppID or CorpID) it carries. */
export function decryptMessage(encrypted: string, key: Buffer, receiverId: string): string {
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
    decipher.setAutoPadding(false);
    plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  } catch (err) {
    throw Object.assign(authFailed('cipher'), { cause: err });
  }
  const pad = plain.at(-1) ?? 0;
  if (pad < 1 || pad > PAD_BLOCK || plain.length < 20 + pad) throw authFailed('padding');
  const content = plain.subarray(16, plain.length - pad);
  const length = content.readUInt32BE(0);
  if (4 + length > content.length) throw authFailed('length');
  const message = content.subarray(4, 4 + length).toString('utf8');
  const receiver = content.subarray(4 + length).toString('utf8');
  if (receiver !== receiverId) throw authFailed('receiver');
  return message;
}

/** The reverse of decryptMessage, for passive replies in safe mode (and for tests that play WeChat). */
export function encryptMessage(message: string, key: Buffer, receiverId: string, random: Buffer = randomBytes(16)): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const content = Buffer.concat([random, length, body, Buffer.from(receiverId, 'utf8')]);
  const pad = PAD_BLOCK - (content.length % PAD_BLOCK);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([content, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}
