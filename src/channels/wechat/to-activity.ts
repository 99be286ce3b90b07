import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import { types as PuppetTypes } from 'wechaty-puppet';
import type { InboundFile } from '../../bot/inbound-file.js';

export const WECHAT_CHANNEL_ID = 'wechat';

/** What the adapter reads from one Wechaty message: plain data, so fixtures can record it. */
export interface WechatMessageRecord {
  id: string;
  /** wechaty-puppet `types.Message`. */
  type: number;
  text: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  talker: { id: string; name: string };
  room?: { id: string; topic?: string };
  mentionIdList?: string[];
  file?: { name: string; mediaType: string; sizeBytes?: number };
}

export interface WechatSelf {
  id: string;
  name: string;
}

const MEDIA = new Set<number>([PuppetTypes.Message.Image, PuppetTypes.Message.Audio, PuppetTypes.Message.Video, PuppetTypes.Message.Attachment]);
/** Messages that are not the customer saying something: nothing to answer. */
const SILENT = new Set<number>([PuppetTypes.Message.Recalled, PuppetTypes.Message.GroupNote, PuppetTypes.Message.Post]);

/**
 * One customer per conversation: a contact's id in a private chat; in a group, the room and the
 * talker together, so nothing one member said is ever continued for another.
 */
export function conversationIdOf(talkerId: string, roomId?: string): string {
  return roomId ? `${roomId}#${talkerId}` : talkerId;
}

/** WeChat ids never contain "#" (contact ids are wxid_… or @…, rooms end in @chatroom). */
export function parseConversationId(id: string): { contactId: string; roomId?: string } {
  const at = id.lastIndexOf('#');
  return at < 0 ? { contactId: id } : { roomId: id.slice(0, at), contactId: id.slice(at + 1) };
}

/** WeChat writes a mention as "@name" followed by a four-per-em space (U+2005) or a normal space. */
function mentionsSelf(record: WechatMessageRecord, self: WechatSelf): boolean {
  return Boolean(record.mentionIdList?.includes(self.id)) || record.text.includes(`@${self.name}`);
}

function withoutMention(text: string, self: WechatSelf): string {
  return text.split(`@${self.name}`).join(' ').replace(/[\u2005\s]+/g, ' ').trim();
}

function attachmentOf(record: WechatMessageRecord, file: InboundFile | undefined): Attachment {
  const typeName = (PuppetTypes.Message[record.type] ?? 'Unknown').replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
  if (MEDIA.has(record.type) && record.file && file) {
    return { contentType: record.file.mediaType, name: record.file.name, content: file };
  }
  // No content: the bot cannot read it (a red packet, a transfer, a mini-program, a location…).
  return { contentType: `application/vnd.wechat.${typeName}`, name: typeName };
}

/**
 * A Wechaty message → the Activity the bot runs, or undefined when the bot should stay out of it:
 * its own messages, recalls and notices, and group messages that do not mention it.
 * The activity id is the WeChat message id, so a redelivered message is handled once.
 */
export function toActivity(record: WechatMessageRecord, self: WechatSelf, file?: InboundFile): Partial<Activity> | undefined {
  if (record.talker.id === self.id || SILENT.has(record.type)) return undefined;
  if (record.room && !mentionsSelf(record, self)) return undefined;
  const isText = record.type === PuppetTypes.Message.Text;
  return {
    id: record.id,
    type: ActivityTypes.Message,
    channelId: WECHAT_CHANNEL_ID,
    serviceUrl: 'wechat://wechaty',
    timestamp: new Date(record.timestamp),
    conversation: {
      id: conversationIdOf(record.talker.id, record.room?.id),
      isGroup: Boolean(record.room),
      conversationType: record.room ? 'group' : 'personal',
      name: record.room?.topic ?? record.talker.name,
    },
    from: { id: record.talker.id, name: record.talker.name, role: 'user' },
    recipient: { id: self.id, name: self.name, role: 'bot' },
    text: isText ? (record.room ? withoutMention(record.text, self) : record.text) : '',
    attachments: isText ? undefined : [attachmentOf(record, file)],
  };
}
