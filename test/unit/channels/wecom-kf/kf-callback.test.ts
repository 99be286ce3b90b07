import { describe, expect, it } from 'vitest';
import { aesKeyOf, encryptMessage, wechatSignature } from '../../../../src/channels/wechat-common/callback-crypto.js';
import { buildFlatXml } from '../../../../src/channels/wechat-common/flat-xml.js';
import { openKfCallback, verifyKfUrl } from '../../../../src/channels/wecom-kf/kf-callback.js';
import { newEncodingAesKey } from '../../../helpers/wechat-push.js';

const aesKey = aesKeyOf(newEncodingAesKey());
const credentials = { token: 'kfToken', corpId: 'ww0123456789abcdef', aesKey };
const [timestamp, nonce] = ['1700000000', 'abc123'];

function sealed(xml: string, corpId = credentials.corpId, token = credentials.token) {
  const encrypt = encryptMessage(xml, aesKey, corpId);
  return { query: { msg_signature: wechatSignature(token, timestamp, nonce, encrypt), timestamp, nonce }, body: buildFlatXml({ ToUserName: corpId, Encrypt: encrypt, AgentID: '' }), encrypt };
}

const notice = buildFlatXml({ ToUserName: credentials.corpId, CreateTime: 1700000000, MsgType: 'event', Event: 'kf_msg_or_event', Token: 'ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR', OpenKfId: 'wkxxxxxxx' });

describe('the WeCom customer-service callback', () => {
  it('answers the URL check with the decrypted echostr', () => {
    const { query, encrypt } = sealed('1616140317555161061');
    expect(verifyKfUrl({ ...query, msg_signature: wechatSignature('kfToken', timestamp, nonce, encrypt), echostr: encrypt }, credentials)).toBe('1616140317555161061');
  });

  it('opens kf_msg_or_event to the account and the sync token', () => {
    const { query, body } = sealed(notice);
    expect(openKfCallback(query, body, credentials)).toEqual({ openKfId: 'wkxxxxxxx', syncToken: 'ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR' });
  });

  it.each([
    ['a wrong Token', () => sealed(notice, credentials.corpId, 'other'), 'msg-signature'],
    ['no signature', () => ({ ...sealed(notice), query: { timestamp, nonce } }), 'missing-signature'],
    ['another corp\'s message', () => sealed(notice, 'ww9999999999999999'), 'receiver'],
  ])('refuses %s with 401', (_name, make, reason) => {
    const { query, body } = make();
    expect(() => openKfCallback(query, body, credentials)).toThrow(expect.objectContaining({ code: 'CHANNEL_AUTH_FAILED', status: 401, details: expect.objectContaining({ reason }) }));
  });

  it('ignores other events sent to the same URL', () => {
    const { query, body } = sealed(buildFlatXml({ ToUserName: credentials.corpId, MsgType: 'event', Event: 'change_external_contact' }));
    expect(openKfCallback(query, body, credentials)).toBeUndefined();
  });
});
