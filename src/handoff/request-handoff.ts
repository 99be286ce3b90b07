import type { Clock } from '../clock.js';
import type { HandoffQueue, HandoffRequest } from './handoff-request.js';

const PRIORITY_BY_REASON = {
  safety: 'safety',
  'three-strikes': 'repeat',
  angry: 'angry',
  asked: 'normal',
  'not-understood': 'normal',
} as const satisfies Record<HandoffRequest['reason'], HandoffRequest['priority']>;

/** Puts the conversation in the agents' queue; asking twice keeps the first request and its place. */
export function requestHandoff(
  queue: HandoffQueue,
  request: Pick<HandoffRequest, 'conversationId' | 'customer' | 'language' | 'reason'>,
  clock: Clock,
): Promise<HandoffRequest> {
  return queue.enqueue({
    ...request,
    priority: PRIORITY_BY_REASON[request.reason],
    requestedAt: clock.now().toISOString(),
  });
}
