import type { Attachment } from 'botbuilder';

/** A file a channel received from a customer; its bytes are fetched only when the bot decides to keep it. */
export interface InboundFile {
  /** From the channel's metadata when it knows; checked again after reading. */
  sizeBytes?: number;
  read(): Promise<Buffer>;
}

/** An activity attachment whose content the bot can read (what channels put in `attachments`). */
export function inboundFileOf(attachment: Attachment): InboundFile | undefined {
  const content = attachment.content as Partial<InboundFile> | undefined;
  return content && typeof content.read === 'function' ? (content as InboundFile) : undefined;
}
