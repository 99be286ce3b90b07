import type { TicketAttachment } from './ticket.js';

export interface AttachmentPolicy {
  maxBytes: number;
  /** MIME types or families ("image/*") a customer may send. */
  allowedTypes: readonly string[];
}

export type AttachmentCheck =
  | { ok: true; kind: TicketAttachment['kind'] }
  | { ok: false; reason: 'too-large' | 'type-not-allowed' };

/** image/jpeg → image; audio/silk → voice: what the agent sees next to the file. */
export function attachmentKind(contentType: string): TicketAttachment['kind'] {
  const family = contentType.split('/')[0];
  if (family === 'image') return 'image';
  if (family === 'audio') return 'voice';
  if (family === 'video') return 'video';
  return 'file';
}

export function isAllowedType(contentType: string, allowed: readonly string[]): boolean {
  const type = contentType.toLowerCase().split(';')[0].trim();
  return allowed.some((pattern) => {
    const wanted = pattern.toLowerCase().trim();
    return wanted.endsWith('/*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted;
  });
}

/** Whether a customer's file may be kept: its type is on the list and it is not over the size limit. */
export function checkAttachment(file: { contentType: string; sizeBytes: number }, policy: AttachmentPolicy): AttachmentCheck {
  if (!isAllowedType(file.contentType, policy.allowedTypes)) return { ok: false, reason: 'type-not-allowed' };
  if (file.sizeBytes > policy.maxBytes) return { ok: false, reason: 'too-large' };
  return { ok: true, kind: attachmentKind(file.contentType) };
}
