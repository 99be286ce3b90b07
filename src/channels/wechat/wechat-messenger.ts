import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder';
import type { ChannelMessenger, OutboundMessage } from '../../bot/customer-messenger.js';
import type { CustomerRef } from '../../tickets/ticket.js';
import type { WechatyAdapter } from './wechaty-adapter.js';
import { WECHAT_CHANNEL_ID } from './to-activity.js';

const AGENT_LABEL = { zh: '人工客服', en: 'Agent' } as const;

/**
 * A proactive message as WeChat shows it, on every WeChat channel: WeChat shows every message as
 * the account's, so an agent's words are signed — by name when the desk knows it (Slack gives only
 * a user id), else by role — so the customer knows a person writes.
 */
export function proactiveActivity(message: OutboundMessage): Partial<Activity> {
  const byline = message.sender.kind === 'agent' ? `${message.sender.name || AGENT_LABEL[message.language ?? 'zh']}：` : '';
  const text = `${byline}${message.text}`;
  return message.suggestions?.length
    ? MessageFactory.suggestedActions(message.suggestions, text)
    : { type: ActivityTypes.Message, text };
}

/**
 * Ticket progress, surveys and agents' replies reach the customer's WeChat contact in a private
 * chat — never a group, whatever conversation the ticket came from.
 */
export class WechatMessenger implements ChannelMessenger {
  readonly channel = WECHAT_CHANNEL_ID;

  constructor(private readonly adapter: WechatyAdapter) {}

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    await this.adapter.sendToContact(customer.userId, proactiveActivity(message));
  }
}
