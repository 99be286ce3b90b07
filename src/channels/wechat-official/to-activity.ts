import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import type { InboundFile } from '../../bot/inbound-file.js';
import type { FlatXml } from '../wechat-common/flat-xml.js';

/** Customers are identified per account by OpenID, so the channel id names the account kind, not the person. */
export const WECHAT_OA_CHANNEL_ID = 'wechat-oa';

/** Reads a media file WeChat holds (media/get) when the bot decides to keep it. */
export type MediaReader = (mediaId: string) => InboundFile;

/** What WeChat tells us a media message is; media/get's own Content-Type is what the file is stored as. */
const MEDIA_TYPES: Record<string, { contentType: (push: FlatXml) => string; extension: (push: FlatXml) => string }> = {
  image: { contentType: () => 'image/jpeg', extension: () => 'jpg' },
  // Format is amr or speex (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html).
  voice: { contentType: (push) => (push.Format === 'speex' ? 'audio/speex' : 'audio/amr'), extension: (push) => push.Format || 'amr' },
  video: { contentType: () => 'video/mp4', extension: () => 'mp4' },
  shortvideo: { contentType: () => 'video/mp4', extension: () => 'mp4' },
};

/**
 * The delivery's id, which the dedupe middleware remembers: MsgId for messages; events have none,
 * and WeChat's own advice is FromUserName + CreateTime for them.
 */
export function deliveryIdOf(push: FlatXml): string {
  return push.MsgId || `${push.FromUserName}:${push.CreateTime}:${push.Event ?? push.MsgType}`;
}

function base(push: FlatXml): Partial<Activity> {
  const openId = push.FromUserName;
  return {
    id: deliveryIdOf(push),
    channelId: WECHAT_OA_CHANNEL_ID,
    serviceUrl: 'wechat://official-account',
    timestamp: new Date(Number(push.CreateTime) * 1000),
    conversation: { id: openId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: openId, name: '', role: 'user' },
    recipient: { id: push.ToUserName, name: '', role: 'bot' },
  };
}

function mediaAttachment(push: FlatXml, readMedia: MediaReader): Attachment {
  const media = MEDIA_TYPES[push.MsgType];
  if (!media || !push.MediaId) return { contentType: `application/vnd.wechat.${push.MsgType}`, name: push.MsgType };
  return { contentType: media.contentType(push), name: `${push.MsgId || push.MediaId}.${media.extension(push)}`, content: readMedia(push.MediaId) };
}

function message(push: FlatXml, text: string, attachments?: Attachment[]): Partial<Activity> {
  return { ...base(push), type: ActivityTypes.Message, text, attachments };
}

/**
 * One push (already verified and decrypted) → the activity the bot runs, or undefined when there
 * is nobody to answer: an unsubscribe (WeChat refuses messages to a follower who left), a link
 * opened from the menu, a location report, a template-delivery receipt.
 * Voice comes with WeChat's speech recognition when the account has it on: then the words are
 * the message; without it the recording is kept like a WeChat voice message.
 */
export function toActivity(push: FlatXml, readMedia: MediaReader): Partial<Activity> | undefined {
  if (!push.FromUserName || !push.ToUserName || !push.MsgType) return undefined;
  switch (push.MsgType) {
    case 'text':
      return message(push, push.Content ?? '');
    case 'voice':
      return push.Recognition?.trim() ? message(push, push.Recognition.trim()) : message(push, '', [mediaAttachment(push, readMedia)]);
    case 'event':
      return eventActivity(push);
    default:
      // image, video, shortvideo; location and link have no file: the bot says what it can read.
      return message(push, '', [mediaAttachment(push, readMedia)]);
  }
}

function eventActivity(push: FlatXml): Partial<Activity> | undefined {
  if (push.Event === 'subscribe') {
    return { ...base(push), type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: push.FromUserName, name: '' }] };
  }
  // A menu button's key is what the account's operator typed for it (e.g. 报修, 人工客服): the bot reads it as the customer's words.
  if (push.Event === 'CLICK' && push.EventKey?.trim()) return message(push, push.EventKey.trim());
  return undefined;
}

/** Pushes that open WeChat's 48-hour window for customer-service messages (the customer acted), per the customer-service message docs. */
export function opensReplyWindow(push: FlatXml): boolean {
  if (push.MsgType !== 'event') return true;
  return ['subscribe', 'CLICK', 'SCAN', 'VIEW'].includes(push.Event ?? '');
}
