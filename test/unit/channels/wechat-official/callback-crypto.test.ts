import { describe, expect, it } from 'vitest';
import { aesKeyOf, decryptMessage, encryptMessage, signatureMatches, wechatSignature } from '../../../../src/channels/wechat-common/callback-crypto.js';
import { buildFlatXml, parseFlatXml } from '../../../../src/channels/wechat-common/flat-xml.js';
import { newEncodingAesKey } from '../../../helpers/wechat-push.js';

describe('WeChat callback crypto', () => {
  it('signs the sorted parts with sha1, as WeChat\'s URL check does', () => {
    // sha1("1409304348" + "token" + "xxxxxx") — the parts sorted as strings.
    expect(wechatSignature('token', '1409304348', 'xxxxxx')).toBe(wechatSignature('xxxxxx', 'token', '1409304348'));
    expect(wechatSignature('a', 'b')).toBe('da23614e02469a0d7c7bd1bdab5c9c474b1904dc');
    expect(signatureMatches('DA23614E02469A0D7C7BD1BDAB5C9C474B1904DC', wechatSignature('a', 'b'))).toBe(true);
    expect(signatureMatches('da23614e', wechatSignature('a', 'b'))).toBe(false);
    expect(signatureMatches(undefined, wechatSignature('a', 'b'))).toBe(false);
  });

  it('decrypts what it encrypted with a key made here, padded to 32-byte blocks', () => {
    const key = aesKeyOf(newEncodingAesKey());
    const xml = '<xml><Content><![CDATA[洗衣机不排水]]></Content></xml>';
    const encrypted = encryptMessage(xml, key, 'wx0123456789abcdef');
    expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
    expect(decryptMessage(encrypted, key, 'wx0123456789abcdef')).toBe(xml);
  });

  it('refuses a message for another account, a wrong key and a tampered text', () => {
    const key = aesKeyOf(newEncodingAesKey());
    const encrypted = encryptMessage('<xml></xml>', key, 'wx0123456789abcdef');
    expect(() => decryptMessage(encrypted, key, 'wxffffffffffffffff')).toThrow(expect.objectContaining({ code: 'CHANNEL_AUTH_FAILED' }));
    expect(() => decryptMessage(encrypted, aesKeyOf(newEncodingAesKey()), 'wx0123456789abcdef')).toThrow(expect.objectContaining({ code: 'CHANNEL_AUTH_FAILED' }));
    expect(() => decryptMessage(`${encrypted.slice(0, -8)}AAAAAAA=`, key, 'wx0123456789abcdef')).toThrow(expect.objectContaining({ code: 'CHANNEL_AUTH_FAILED' }));
  });
});

describe('flat XML', () => {
  it('reads CDATA, bare numbers and the five entities', () => {
    expect(parseFlatXml('<?xml version="1.0"?>\n<xml>\n <A><![CDATA[a <b> & c]]></A>\n <N>12</N><E>&lt;&amp;&#x4e2d;&#9999999;</E></xml>')).toEqual({ A: 'a <b> & c', N: '12', E: '<&中&#9999999;' });
  });

  it('refuses a DOCTYPE (no entity expansion, no XXE) and anything not one <xml> element', () => {
    expect(() => parseFlatXml('<!DOCTYPE x [<!ENTITY a "b">]><xml><A>&a;</A></xml>')).toThrow(expect.objectContaining({ code: 'CHANNEL_BAD_ACTIVITY' }));
    expect(() => parseFlatXml('<html></html>')).toThrow(expect.objectContaining({ code: 'CHANNEL_BAD_ACTIVITY' }));
    expect(() => parseFlatXml('<xml><A><![CDATA[x</A></xml>')).toThrow(expect.objectContaining({ code: 'CHANNEL_BAD_ACTIVITY' }));
  });

  it('writes text in CDATA that survives "]]>" and reads it back', () => {
    const xml = buildFlatXml({ Content: 'a]]>b', CreateTime: 5 });
    expect(xml).toBe('<xml><Content><![CDATA[a]]]]><![CDATA[>b]]></Content><CreateTime>5</CreateTime></xml>');
    expect(parseFlatXml(xml)).toEqual({ Content: 'a]]>b', CreateTime: '5' });
  });
});
