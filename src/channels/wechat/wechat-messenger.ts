import { ActivityTypes, MessageFactory } from 'botbuilder';
import type { ChannelMessenger, OutboundMessage } from '../../bot/customer-messenger.js';
import type { CustomerRef } from '../../tickets/ticket.js';
import type { WechatyAdapter } from './wechaty-adapter.js';
import { WECHAT_CHANNEL_ID } from './to-activity.js';

const AGENT_LABEL = { zh: '人工客服', en: 'Agent' } as const;

/**
 * Ticket progress, surveys and agents' replies reach the customer's WeChat contact in a private
 * chat — never a group, whatever conversation the ticket came from.
 */
export class WechatMessenger implements ChannelMessenger {
  readonly channel = WECHAT_CHANNEL_ID;

  constructor(private readonly adapter: WechatyAdapter) {}

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    // WeChat shows every message as the bot's account: name the agent so the customer knows a person
    // writes — by name when the desk knows it (Slack gives only a user id), else by role.
    const byline = message.sender.kind === 'agent' ? `${message.sender.name || AGENT_LABEL[message.language ?? 'zh']}：` : '';
    const text = `${byline}${message.text}`;
    const activity = message.suggestions?.length
      ? MessageFactory.suggestedActions(message.suggestions, text)
      : { type: ActivityTypes.Message, text };
    await this.adapter.sendToContact(customer.userId, activity);
  }
}
