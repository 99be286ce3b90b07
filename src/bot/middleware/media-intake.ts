import { ActivityTypes, type Activity, type Attachment, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
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
import type { TicketAttachment } from '../../tickets/ticket.js';

export interface MediaIntakeDeps {
  tickets: TicketStore;
  files: AttachmentStore;
  clock: Clock;
  log: Log;
  policy: AttachmentPolicy;
  /**
   * Files received before the customer had a ticket, in the conversation's state (Redis or SQLite,
   * which every process reaches); the bytes themselves are in `files`. Attached when a ticket opens.
   */
  pending: StatePropertyAccessor<TicketAttachment[]>;
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

/** Files kept for a ticket not yet opened; older ones give way, so a flood of pictures cannot grow the state without end. */
const MAX_PENDING = 20;

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
    if (!mediaOnly(activity)) {
      await next();
      return attachPending(turn, deps);
    }
    const language = languageOf(turn);
    for (const attachment of attachments) await turn.sendActivity(await receive(turn, attachment, language, deps));
  };
}

/** A message of attachments and no text, which mediaIntake answers itself (also asked before the turn opens: arrivalAtOpening). */
export function mediaOnly(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Message && !(activity.text ?? '').trim() && (activity.attachments ?? []).length > 0;
}

/**
 * After a turn that may have opened a ticket (the intake's confirmation), the files kept before it
 * go onto that ticket. Costs a ticket lookup only while something is pending.
 */
async function attachPending(turn: TurnContext, deps: MediaIntakeDeps): Promise<void> {
  const pending = await deps.pending.get(turn, []);
  if (!pending.length) return;
  const customer = { channel: turn.activity.channelId, userId: turn.activity.from.id };
  const ticket = await attachToOpenTicket(deps.tickets, customer, pending, deps.clock);
  if (!ticket) return;
  await deps.pending.delete(turn);
  deps.log.info({ conversationId: turn.activity.conversation.id, channel: customer.channel, ticketId: ticket.id, count: pending.length }, 'attachment.pending.attached');
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
  const received: TicketAttachment = {
    kind: announced.kind, contentType: attachment.contentType, name: name.slice(0, 200), sizeBytes: bytes.length, ref, receivedAt: now.toISOString(),
  };
  const ticket = await attachToOpenTicket(deps.tickets, customer, [received], deps.clock);
  if (!ticket) await deps.pending.set(turn, [...await deps.pending.get(turn, []), received].slice(-MAX_PENDING));
  deps.log.info({ conversationId: turn.activity.conversation.id, channel: customer.channel, ticketId: ticket?.id, kind: announced.kind, ref }, 'attachment.received');
  const kind = KIND_WORDS[announced.kind][language];
  return ticket ? fill(REPLIES.attached[language], { kind, id: ticket.id }) : fill(REPLIES.kept[language], { kind });
}
