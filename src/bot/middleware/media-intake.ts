import { ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Log } from '../../log.js';
import type { Language } from '../../language.js';
import type { Middleware } from '../compose.js';
import { languageOf } from '../turn-language.js';
import { inboundFileOf } from '../inbound-file.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import type { AttachmentStore } from '../../tickets/attachment-store.js';
import { checkAttachment, type AttachmentPolicy } from '../../tickets/attachment-policy.js';
import { attachToOpenTicket } from '../../tickets/attach-to-ticket.js';

export interface MediaIntakeDeps {
  tickets: TicketStore;
  files: AttachmentStore;
  clock: Clock;
  log: Log;
  policy: AttachmentPolicy;
}

const REPLIES = {
  attached: {
    zh: '收到您发的{kind}了，已经附到工单 {id} 上，工程师上门前会先看一下。',
    en: 'Got your {kind} — it’s attached to ticket {id}, so the engineer sees it before the visit.',
  },
  kept: {
    zh: '收到您发的{kind}了，谢谢！麻烦再用文字简单说一下遇到的问题，我来帮您处理。',
    en: 'Got your {kind}, thank you! Could you also tell me in a few words what’s wrong, so I can help?',
  },
  tooLarge: {
    zh: '这个文件有点大，我这边收不下（上限 {mb} MB）。可以压缩后再发，或者拍一张照片给我。',
    en: 'That file is a bit large for me (the limit is {mb} MB). Could you send a smaller one, or a photo instead?',
  },
  typeNotAllowed: {
    zh: '这种文件我这边打不开，可以发图片、语音、视频或 PDF 给我。',
    en: 'I can’t open that kind of file here — pictures, voice messages, videos or PDFs work.',
  },
  unsupported: {
    zh: '抱歉，这里我只能看懂文字、图片和语音，麻烦用文字跟我说一下您遇到的问题好吗？',
    en: 'Sorry — I can only read text, pictures and voice here. Could you tell me what’s wrong in a few words?',
  },
} as const;

const KIND_WORDS = {
  image: { zh: '图片', en: 'picture' },
  voice: { zh: '语音', en: 'voice message' },
  video: { zh: '视频', en: 'video' },
  file: { zh: '文件', en: 'file' },
} as const;

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/**
 * Pictures, voice and files a customer sends are kept and attached to their open ticket, then
 * acknowledged; what the bot cannot read (a red packet, a location) gets a polite "text, pictures
 * and voice only". Text messages pass through untouched.
 */
export function mediaIntake(deps: MediaIntakeDeps): Middleware {
  return async function receiveMedia(turn, next) {
    const { activity } = turn;
    const attachments = activity.attachments ?? [];
    if (activity.type !== ActivityTypes.Message || (activity.text ?? '').trim() || attachments.length === 0) return next();
    const language = languageOf(turn);
    for (const attachment of attachments) await turn.sendActivity(await receive(turn, attachment, language, deps));
  };
}

async function receive(turn: TurnContext, attachment: Attachment, language: Language, deps: MediaIntakeDeps): Promise<string> {
  const file = inboundFileOf(attachment);
  if (!file) return REPLIES.unsupported[language];
  const mb = Math.round(deps.policy.maxBytes / (1024 * 1024));
  const announced = checkAttachment({ contentType: attachment.contentType, sizeBytes: file.sizeBytes ?? 0 }, deps.policy);
  if (!announced.ok) return fill(REPLIES[announced.reason === 'too-large' ? 'tooLarge' : 'typeNotAllowed'][language], { mb });
  const bytes = await file.read();
  if (bytes.length > deps.policy.maxBytes) return fill(REPLIES.tooLarge[language], { mb });

  const now = deps.clock.now();
  const name = attachment.name || announced.kind;
  const ref = await deps.files.put({ name, contentType: attachment.contentType, bytes }, now);
  const customer = { channel: turn.activity.channelId, userId: turn.activity.from.id };
  const ticket = await attachToOpenTicket(deps.tickets, customer, {
    kind: announced.kind, contentType: attachment.contentType, name: name.slice(0, 200), sizeBytes: bytes.length, ref, receivedAt: now.toISOString(),
  }, deps.clock);
  deps.log.info({ conversationId: turn.activity.conversation.id, channel: customer.channel, ticketId: ticket?.id, kind: announced.kind, ref }, 'attachment.received');
  const kind = KIND_WORDS[announced.kind][language];
  return ticket ? fill(REPLIES.attached[language], { kind, id: ticket.id }) : fill(REPLIES.kept[language], { kind });
}
