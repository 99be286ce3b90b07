import type { ChannelMessenger, OutboundMessage } from '../../bot/customer-messenger.js';
import type { CustomerRef } from '../../tickets/ticket.js';
import { proactiveActivity } from '../wechat/wechat-messenger.js';
import type { KfAdapter } from './kf-adapter.js';
import { WECOM_KF_CHANNEL_ID } from './to-activity.js';

/**
 * Agents' replies, ticket progress and surveys through send_msg. WeCom's own limits apply (48 hours
 * after the customer last wrote, 5 messages until they write again); its refusal reaches the caller
 * as CHANNEL_SEND_FAILED with WeCom's errcode, and the desk shows it.
 */
export class KfMessenger implements ChannelMessenger {
  readonly channel = WECOM_KF_CHANNEL_ID;

  constructor(private readonly adapter: KfAdapter) {}

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    await this.adapter.sendToCustomer(customer.conversationId, proactiveActivity(message));
  }
}
