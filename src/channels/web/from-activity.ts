import type { Activity } from 'botbuilder';

export interface WebChatOutbound {
  id?: string;
  type: string;
  text?: string;
  from: 'bot' | 'agent';
  /** Quick replies the page shows as buttons; sending one sends its value as text. */
  suggestions: string[];
  timestamp?: string;
}

/** A bot activity → what the page renders; only what it needs, no internal fields. */
export function fromActivity(activity: Partial<Activity>): WebChatOutbound {
  const suggestions = (activity.suggestedActions?.actions ?? []).map((action) => String(action.value ?? action.title));
  return {
    id: activity.id,
    type: activity.type ?? 'message',
    text: activity.text,
    from: activity.from?.role === 'agent' ? 'agent' : 'bot',
    suggestions,
    timestamp: activity.timestamp ? new Date(activity.timestamp).toISOString() : undefined,
  };
}
