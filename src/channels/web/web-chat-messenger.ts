import { ActivityTypes } from 'botbuilder';
import type { ChannelMessenger, OutboundMessage } from '../../bot/customer-messenger.js';
import type { CustomerRef } from '../../tickets/ticket.js';
import type { WebChatHub } from './web-chat-hub.js';
import { WEBCHAT_CHANNEL_ID } from './to-activity.js';

/** Proactive messages to a web chat customer go to their page's live stream. */
export class WebChatMessenger implements ChannelMessenger {
  readonly channel = WEBCHAT_CHANNEL_ID;

  constructor(private readonly hub: WebChatHub) {}

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    const from = message.sender.kind === 'agent'
      ? { id: message.sender.id, name: message.sender.name ?? '', role: 'agent' }
      : { id: 'support-bot', name: 'Support', role: 'bot' };
    await this.hub.publish(customer.conversationId, {
      type: ActivityTypes.Message,
      text: message.text,
      from,
      conversation: { id: customer.conversationId, isGroup: false, name: 'web chat', conversationType: 'personal' },
      suggestedActions: message.suggestions ? { to: [], actions: message.suggestions.map((s) => ({ type: 'imBack', title: s, value: s })) } : undefined,
    });
  }
}
