import { z } from 'zod';

export const TranscriptEntrySchema = z.object({
  at: z.iso.datetime(),
  /** customer, bot, agent:<id>, or system for events such as a handoff. */
  from: z.string().min(1),
  text: z.string(),
  kind: z.enum(['message', 'event']).default('message'),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

/**
 * The most entries one conversation keeps; older ones give way. A conversation this long is a flood
 * or a loop, not a customer, and one once served a 19 MB transcript to every agent who opened it.
 */
export const TRANSCRIPT_MAX_ENTRIES = 1000;

/** Every customer, bot and agent message of a conversation, in order. */
export interface TranscriptStore {
  /** Appends the entries in order, all or none, keeping the newest TRANSCRIPT_MAX_ENTRIES; a turn hands over its messages in one call. */
  append(conversationId: string, ...entries: TranscriptEntry[]): Promise<void>;
  /** Oldest first; at most `limit` of the newest entries when given. */
  read(conversationId: string, limit?: number): Promise<TranscriptEntry[]>;
  /** Removes the whole conversation (a customer's deletion request); resolves to how many entries went. */
  delete(conversationId: string): Promise<number>;
}
