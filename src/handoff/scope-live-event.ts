import type { Agent } from './handoff-service.js';
import type { LiveEvent } from './live-events.js';

/**
 * What one viewer of the live stream may see of an event. Customers' words are read only by whoever
 * serves them: an agent gets the full event for conversations waiting for anyone and for their own;
 * for a conversation another agent holds, only which conversation changed and when (enough for the
 * screen to reload the queue), as the transcript route refuses it to them. Supervisors see all.
 */
export function scopeLiveEvent(event: LiveEvent, viewer: Agent): LiveEvent {
  if (viewer.supervisor) return event;
  // A claim carries the new holder in agentId; every other event carries the request as it stands.
  const holder = event.type === 'handoff.claimed' ? event.agentId : event.request?.claimedBy;
  if (!holder || holder === viewer.id) return event;
  return { type: event.type, conversationId: event.conversationId, at: event.at, ...(event.agentId ? { agentId: event.agentId } : {}) };
}
