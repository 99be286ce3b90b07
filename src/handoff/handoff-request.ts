import { z } from 'zod';
import { CustomerRefSchema } from '../tickets/ticket.js';
import { LanguageSchema } from '../language.js';

export const HANDOFF_PRIORITIES = { safety: 0, repeat: 1, angry: 2, normal: 3 } as const;

export const HandoffRequestSchema = z.object({
  conversationId: z.string().min(1),
  customer: CustomerRefSchema,
  language: LanguageSchema,
  reason: z.enum(['asked', 'not-understood', 'angry', 'three-strikes', 'safety']),
  priority: z.enum(['safety', 'repeat', 'angry', 'normal']),
  requestedAt: z.iso.datetime(),
  /** Set while an agent holds the conversation. */
  claimedBy: z.string().optional(),
  claimedAt: z.iso.datetime().optional(),
  version: z.number().int().min(1),
});
export type HandoffRequest = z.infer<typeof HandoffRequestSchema>;

/**
 * Conversations waiting for, or held by, a person. Implementations: SqliteHandoffQueue,
 * RedisHandoffQueue (contract: test/contracts/handoff-queue.contract.ts).
 */
export interface HandoffQueue {
  /** Adds the conversation, or returns the existing request when it is already queued or held. */
  enqueue(request: Omit<HandoffRequest, 'version'>): Promise<HandoffRequest>;
  get(conversationId: string): Promise<HandoffRequest | undefined>;
  /** Waiting and held requests, highest priority then longest waiting first. */
  list(): Promise<HandoffRequest[]>;
  /** Fails with HANDOFF_ALREADY_CLAIMED when another agent holds it, HANDOFF_NOT_FOUND when absent. */
  claim(conversationId: string, agentId: string, at: string): Promise<HandoffRequest>;
  /**
   * Puts a held request back in the queue, keeping its priority and place, only while `agentId`
   * still holds it (an idle agent); undefined when it is gone or someone else holds it.
   */
  requeue(conversationId: string, agentId: string): Promise<HandoffRequest | undefined>;
  /** Removes the request: the bot has the conversation again. */
  release(conversationId: string): Promise<void>;
}
