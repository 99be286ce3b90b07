import { z } from 'zod';
import { HandoffRequestSchema } from './handoff-request.js';

/** What agents' screens react to, whichever bot process the change happened in. */
export const LIVE_EVENTS = {
  'handoff.requested': 'A conversation joined the agents’ queue (or asked again while waiting).',
  'handoff.claimed': 'An agent took a conversation; the bot is silent in it from now on.',
  'handoff.requeued': 'A held conversation went back to the queue because its agent was idle.',
  'handoff.released': 'A conversation went back to the bot.',
  'message.customer': 'A customer wrote in a conversation that is queued or held by an agent.',
  'message.agent': 'An agent’s message reached the customer.',
} as const;
export type LiveEventType = keyof typeof LIVE_EVENTS;

const LIVE_EVENT_TYPES = Object.keys(LIVE_EVENTS) as [LiveEventType, ...LiveEventType[]];

export const LiveEventSchema = z.object({
  type: z.enum(LIVE_EVENT_TYPES),
  conversationId: z.string().min(1),
  at: z.iso.datetime(),
  /** The agent who acted (claim, reply, release) or who held the conversation (requeue). */
  agentId: z.string().optional(),
  /** Message events only. */
  text: z.string().optional(),
  /** The request as it stands after the change (absent once released). */
  request: HandoffRequestSchema.optional(),
});
export type LiveEvent = z.infer<typeof LiveEventSchema>;

/**
 * Live events between bot processes and the agents' screens (console stream, Slack desk).
 * Implementations: InProcessLiveEvents (one process), RedisLiveEvents (pub/sub across processes);
 * contract: test/contracts/live-events.contract.ts. Delivery is at most once: a screen that was
 * disconnected reloads the queue and transcript rather than replaying events.
 */
export interface LiveEvents {
  publish(event: LiveEvent): Promise<void>;
  /** Every event from every process, this one included; returns the unsubscribe function. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}
