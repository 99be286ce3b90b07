import type { Clock } from '../../clock.js';
import type { Log } from '../../log.js';
import type { ChannelMessenger, OutboundMessage } from '../../bot/customer-messenger.js';
import type { CustomerRef } from '../../tickets/ticket.js';
import { proactiveActivity } from '../wechat/wechat-messenger.js';
import type { OfficialAccountAdapter } from './official-account-adapter.js';
import { replyWindowClosed } from './official-account-api.js';
import type { ReplyWindow } from './reply-window.js';
import { WECHAT_OA_CHANNEL_ID } from './to-activity.js';

/**
 * Agents' replies, ticket progress and surveys to a follower, through the customer-service API —
 * only inside WeChat's 48-hour window. Outside it nothing is sent: WeChat would refuse it (45015)
 * and count the attempt, so staff are told instead (the log and the error the desk shows).
 */
export class OfficialAccountMessenger implements ChannelMessenger {
  readonly channel = WECHAT_OA_CHANNEL_ID;

  constructor(
    private readonly adapter: OfficialAccountAdapter,
    private readonly window: ReplyWindow,
    private readonly clock: Clock,
    private readonly log: Log,
  ) {}

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    const state = await this.window.state(customer.userId, this.clock.now());
    if (!state.open) {
      this.log.warn({ code: 'CHANNEL_SEND_FAILED', channel: this.channel, conversationId: customer.conversationId, reason: 'reply-window-closed', lastSeenAt: state.lastSeenAt, sender: message.sender.kind }, 'wechat-oa.reply-window.closed');
      throw replyWindowClosed({ conversationId: customer.conversationId, lastSeenAt: state.lastSeenAt });
    }
    await this.adapter.sendToFollower(customer.userId, proactiveActivity(message));
  }
}
