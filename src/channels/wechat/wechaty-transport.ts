import type { WechatyInterface, MessageInterface } from 'wechaty/impls';
import { types as PuppetTypes } from 'wechaty-puppet';
import { AppError } from '../../errors.js';
import type { InboundFile } from '../../bot/inbound-file.js';
import type { WechatTransport } from './wechaty-adapter.js';
import type { WechatMessageRecord } from './to-activity.js';
import { readCapped } from './read-capped.js';

const MEDIA = new Set<number>([PuppetTypes.Message.Image, PuppetTypes.Message.Audio, PuppetTypes.Message.Video, PuppetTypes.Message.Attachment]);

function sendFailed(err: unknown, details: Record<string, unknown>): AppError {
  return new AppError('CHANNEL_SEND_FAILED', 'Wechaty could not send the message.', { cause: err, details: { channel: 'wechat', ...details } });
}

/** Replies through whichever Wechaty instance is current (the channel rebuilds it on restart). */
export function wechatyTransport(current: () => WechatyInterface): WechatTransport {
  return {
    async sayToContact(contactId, text) {
      try {
        const contact = await current().Contact.find({ id: contactId });
        if (!contact) throw new Error('contact not found');
        await contact.say(text);
      } catch (err) {
        throw sendFailed(err, { contactId });
      }
    },
    async sayToRoom(roomId, text, mentionContactId) {
      try {
        const bot = current();
        const room = await bot.Room.find({ id: roomId });
        if (!room) throw new Error('room not found');
        const member = await bot.Contact.find({ id: mentionContactId });
        await (member ? room.say(text, member) : room.say(text));
      } catch (err) {
        throw sendFailed(err, { roomId });
      }
    },
  };
}

/**
 * Reads what the mappers need from a Wechaty message. Media bytes are fetched only when the bot
 * keeps the file; a file the puppet cannot hand over becomes an unreadable message, answered politely.
 */
export async function readMessage(message: MessageInterface, maxFileBytes: number): Promise<{ record: WechatMessageRecord; file?: InboundFile }> {
  const talker = message.talker();
  const room = message.room();
  const record: WechatMessageRecord = {
    id: message.id,
    type: message.type(),
    text: message.text() ?? '',
    timestamp: message.date().getTime(),
    talker: { id: talker.id, name: talker.name() },
    room: room ? { id: room.id, topic: await room.topic() } : undefined,
    mentionIdList: room ? (await message.mentionList()).map((contact) => contact.id) : undefined,
  };
  if (!MEDIA.has(record.type)) return { record };
  try {
    const box = await message.toFileBox();
    record.file = { name: box.name, mediaType: box.mediaType, sizeBytes: box.size >= 0 ? box.size : undefined };
    // Streamed with a cap: a file of unknown size is never read whole just to be refused.
    return { record, file: { sizeBytes: record.file.sizeBytes, read: async () => readCapped(await box.toStream(), maxFileBytes) } };
  } catch {
    return { record };
  }
}
