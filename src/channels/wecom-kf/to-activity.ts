import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import type { InboundFile } from '../../bot/inbound-file.js';
import { KF_ORIGIN, type KfMessage } from './kf-message.js';

/** Customers are identified per customer-service account, so the channel id names the kind of account. */
export const WECOM_KF_CHANNEL_ID = 'wecom-kf';

/** Reads a file WeCom holds (media/get, temporary media) when the bot decides to keep it. */
export type MediaReader = (mediaId: string) => InboundFile;

/** What a pulled message means for us: a turn for the bot, a change of who serves the session, or a refused send. */
export type KfInbound =
  | { kind: 'turn'; activity: Partial<Activity>; welcomeCode?: string }
  | { kind: 'session-change'; conversationId: string; changeType: number; servicerUserId?: string }
  | { kind: 'send-failed'; conversationId: string; failedMsgId?: string; failType?: number };

/**
 * The conversation (and the customer's channel user id): the account and the customer together —
 * external_userid is the corp's, one customer may write to several accounts, and replies need both.
 */
export function kfConversationId(openKfId: string, externalUserId: string): string {
  return `${openKfId}:${externalUserId}`;
}

export function kfCustomerOf(conversationId: string): { openKfId: string; externalUserId: string } | undefined {
  const at = conversationId.indexOf(':');
  return at > 0 && at < conversationId.length - 1 ? { openKfId: conversationId.slice(0, at), externalUserId: conversationId.slice(at + 1) } : undefined;
}

/** What WeCom says a media message is; voice is AMR unless sync_msg asked for Silk (voice_format). */
const MEDIA: Record<string, { contentType: string; extension: string }> = {
  image: { contentType: 'image/jpeg', extension: 'jpg' },
  voice: { contentType: 'audio/amr', extension: 'amr' },
  video: { contentType: 'video/mp4', extension: 'mp4' },
  file: { contentType: 'application/octet-stream', extension: 'bin' },
};

function base(message: KfMessage, conversationId: string): Partial<Activity> {
  return {
    // The dedupe middleware remembers it: a page read again after a restart is answered once.
    id: message.msgid,
    channelId: WECOM_KF_CHANNEL_ID,
    serviceUrl: 'wecom://kf',
    timestamp: new Date(message.send_time * 1000),
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: conversationId, name: '', role: 'user' },
    recipient: { id: message.open_kfid, name: '', role: 'bot' },
  };
}

function attachmentOf(message: KfMessage, readMedia: MediaReader): Attachment {
  const media = MEDIA[message.msgtype];
  const mediaId = (message[message.msgtype as 'image'] as { media_id?: string } | undefined)?.media_id;
  if (!media || !mediaId) return { contentType: `application/vnd.wecom.${message.msgtype}`, name: message.msgtype };
  return { contentType: media.contentType, name: `${message.msgid}.${media.extension}`, content: readMedia(mediaId) };
}

/**
 * One pulled message → what it means, or undefined when nobody needs to act: messages a WeCom
 * 接待人员 sent from the WeCom app (origin 5), and events the bot has no part in.
 */
export function toInbound(message: KfMessage, readMedia: MediaReader): KfInbound | undefined {
  const userId = message.external_userid ?? message.event?.external_userid;
  if (!userId) return undefined;
  const conversationId = kfConversationId(message.event?.open_kfid ?? message.open_kfid, userId);
  if (message.origin === KF_ORIGIN.customer) {
    const activity = message.msgtype === 'text'
      ? { ...base(message, conversationId), type: ActivityTypes.Message, text: message.text?.content ?? '' }
      // image, voice, video, file; location, link, mini-programs and the rest have no file: the bot says what it can read.
      : { ...base(message, conversationId), type: ActivityTypes.Message, text: '', attachments: [attachmentOf(message, readMedia)] };
    return { kind: 'turn', activity };
  }
  if (message.origin !== KF_ORIGIN.system || message.msgtype !== 'event' || !message.event) return undefined;
  const event = message.event;
  switch (event.event_type) {
    case 'enter_session':
      return {
        kind: 'turn',
        activity: { ...base(message, conversationId), type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: conversationId, name: '' }] },
        welcomeCode: event.welcome_code,
      };
    case 'session_status_change':
      return { kind: 'session-change', conversationId, changeType: event.change_type ?? 0, servicerUserId: event.new_servicer_userid };
    case 'msg_send_fail':
      return { kind: 'send-failed', conversationId, failedMsgId: event.fail_msgid, failType: event.fail_type };
    default:
      return undefined;
  }
}
