import { ActivityTypes, type Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { WebChatInbound } from '../../http/schemas.js';
import type { WebChatSession } from './web-chat-session.js';

export const WEBCHAT_CHANNEL_ID = 'webchat';
const BOT = { id: 'support-bot', name: 'Support', role: 'bot' };

/** What the page posts → a Bot Framework activity; "join" is the page opening, the customer arriving. */
export function toActivity(body: WebChatInbound, session: WebChatSession, now: Date): Partial<Activity> {
  const base = {
    id: body.id ?? randomUUID(),
    channelId: WEBCHAT_CHANNEL_ID,
    serviceUrl: 'webchat://local',
    conversation: { id: session.conversationId, isGroup: false, name: 'web chat', conversationType: 'personal' },
    from: { id: session.userId, name: body.name ?? '', role: 'user' },
    recipient: BOT,
    timestamp: now,
    locale: body.locale,
  };
  if (body.type === 'join') {
    return { ...base, type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: session.userId, name: body.name ?? '' }] };
  }
  return { ...base, type: ActivityTypes.Message, text: body.text };
}
