import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conversationIdOf, parseConversationId, toActivity, type WechatMessageRecord, type WechatSelf } from '../../../../src/channels/wechat/to-activity.js';
import { inboundFileOf } from '../../../../src/bot/inbound-file.js';

const fixtures = JSON.parse(readFileSync('test/fixtures/wechat/inbound-messages.json', 'utf8')) as Record<string, WechatMessageRecord> & { self: WechatSelf };
const self = fixtures.self;
const file = { sizeBytes: 183422, read: async () => Buffer.from('jpeg') };

describe('WeChat message → Activity', () => {
  it('maps a private text to a message in the contact\'s own conversation, id = WeChat message id', () => {
    expect(toActivity(fixtures['private-text'], self)).toMatchObject({
      id: '3054207395416213442',
      type: 'message',
      channelId: 'wechat',
      text: '我家洗衣机不排水了',
      conversation: { id: 'wxid_wangfang', isGroup: false },
      from: { id: 'wxid_wangfang', name: '王芳', role: 'user' },
      recipient: { id: 'wxid_support_bot' },
    });
  });

  it('keeps each group member in a conversation of their own and drops the mention from the text', () => {
    const activity = toActivity(fixtures['group-mention'], self);
    expect(activity).toMatchObject({ text: '洗衣机不排水了怎么办', conversation: { id: '20001@chatroom#wxid_zhang', isGroup: true } });
    expect(toActivity(fixtures['group-mention-text-only'], self)?.text).toBe('在吗');
  });

  it.each(['group-no-mention', 'recalled', 'own-echo'])('ignores %s', (name) => {
    expect(toActivity(fixtures[name], self)).toBeUndefined();
  });

  it('turns a picture into an attachment the bot can read later', async () => {
    const activity = toActivity(fixtures.image, self, file);
    expect(activity?.text).toBe('');
    expect(activity?.attachments?.[0]).toMatchObject({ contentType: 'image/jpeg', name: 'fridge.jpg' });
    expect(await inboundFileOf(activity!.attachments![0])?.read()).toEqual(Buffer.from('jpeg'));
    expect(toActivity(fixtures.voice, self, file)?.attachments?.[0].contentType).toBe('audio/silk');
  });

  it.each([
    ['red-envelope', 'application/vnd.wechat.red-envelope'],
    ['location', 'application/vnd.wechat.location'],
  ])('marks %s as content the bot cannot read', (name, contentType) => {
    const attachment = toActivity(fixtures[name], self)?.attachments?.[0];
    expect(attachment?.contentType).toBe(contentType);
    expect(inboundFileOf(attachment!)).toBeUndefined();
  });

  it('round-trips conversation ids', () => {
    expect(parseConversationId(conversationIdOf('wxid_a'))).toEqual({ contactId: 'wxid_a' });
    expect(parseConversationId(conversationIdOf('wxid_a', '123@chatroom'))).toEqual({ contactId: 'wxid_a', roomId: '123@chatroom' });
  });
});
