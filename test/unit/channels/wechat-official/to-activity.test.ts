import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlatXml } from '../../../../src/channels/wechat-common/flat-xml.js';
import { opensReplyWindow, toActivity } from '../../../../src/channels/wechat-official/to-activity.js';

const pushes = JSON.parse(readFileSync('test/fixtures/wechat-official/pushes.json', 'utf8')) as Record<string, string>;
const push = (name: string) => parseFlatXml(pushes[name]);
const read = async () => Buffer.from('bytes');
const readMedia = (mediaId: string) => ({ read, mediaId });

describe('Official Account push → activity (recorded payloads)', () => {
  it('turns a text message into a message from the follower\'s OpenID, its MsgId the activity id', () => {
    expect(toActivity(push('text'), readMedia)).toMatchObject({
      id: '1234567890123456', type: 'message', channelId: 'wechat-oa', text: '洗衣机不排水',
      conversation: { id: 'oFollower1', isGroup: false }, from: { id: 'oFollower1', role: 'user' }, recipient: { id: 'gh_test' },
      timestamp: new Date(1348831860 * 1000),
    });
  });

  it('makes a picture an attachment whose bytes come from media/get', () => {
    const activity = toActivity(push('image'), readMedia);
    expect(activity?.text).toBe('');
    expect(activity?.attachments).toEqual([{ contentType: 'image/jpeg', name: '1234567890123457.jpg', content: { read, mediaId: 'media_id_1' } }]);
  });

  it('reads voice as its recognition text when WeChat recognised it, else keeps the recording', () => {
    expect(toActivity(push('voiceRecognised'), readMedia)).toMatchObject({ text: '空调不制冷。', attachments: undefined });
    expect(toActivity(push('voice'), readMedia)?.attachments).toEqual([expect.objectContaining({ contentType: 'audio/speex', name: '1234567890123459.speex' })]);
  });

  it('greets on subscribe (a conversation update) and ignores an unsubscribe and a menu link', () => {
    expect(toActivity(push('subscribe'), readMedia)).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ id: 'oFollower1' }], id: 'oFollower1:123456789:subscribe' });
    expect(toActivity(push('unsubscribe'), readMedia)).toBeUndefined();
    expect(toActivity(push('menuView'), readMedia)).toBeUndefined();
  });

  it('reads a menu click as the words on its key', () => {
    expect(toActivity(push('menuClick'), readMedia)).toMatchObject({ type: 'message', text: '人工客服', id: 'oFollower1:123456791:CLICK' });
  });

  it('gives a location no file, so the bot says what it can read', () => {
    expect(toActivity(push('location'), readMedia)?.attachments).toEqual([{ contentType: 'application/vnd.wechat.location', name: 'location' }]);
  });

  it('keeps a nested event field raw and does not answer an event it does not know', () => {
    expect(push('scancodeMenu').ScanCodeInfo).toContain('<ScanType>');
    expect(toActivity(push('scancodeMenu'), readMedia)).toBeUndefined();
  });

  it.each([
    ['text', true], ['menuClick', true], ['subscribe', true], ['unsubscribe', false], ['scancodeMenu', false],
  ])('%s opens the 48-hour window: %s', (name, opens) => {
    expect(opensReplyWindow(push(name))).toBe(opens);
  });
});
