import { AppError, isAppError } from '../../errors.js';
import type { WechatApiClient } from '../wechat-common/wechat-api-client.js';
import type { OfficialAccountTransport } from './official-account-adapter.js';
import { WECHAT_OA_CHANNEL_ID } from './to-activity.js';

/** 45015: outside the 48-hour window; 45047: 20 messages sent since the follower last wrote. */
const WINDOW_CLOSED = new Set([45015, 45047]);

export function replyWindowClosed(details: Record<string, unknown>, cause?: unknown): AppError {
  return new AppError('CHANNEL_SEND_FAILED', 'WeChat\'s 48-hour rule: the customer has not written to the Official Account within 48 hours (or was already sent 20 messages since), so WeChat refuses messages until they write again.', {
    status: 409, details: { channel: WECHAT_OA_CHANNEL_ID, reason: 'reply-window-closed', ...details }, cause,
  });
}

/** The Official Account's HTTP API: customer-service text messages and media downloads. */
export class OfficialAccountApi implements OfficialAccountTransport {
  constructor(private readonly client: WechatApiClient) {}

  async sendText(openId: string, text: string): Promise<void> {
    try {
      await this.client.postJson('cgi-bin/message/custom/send', { touser: openId, msgtype: 'text', text: { content: text } });
    } catch (err) {
      const errcode = isAppError(err) ? err.details?.errcode : undefined;
      if (typeof errcode === 'number' && WINDOW_CLOSED.has(errcode)) throw replyWindowClosed({ errcode }, err);
      throw err;
    }
  }

  downloadMedia(mediaId: string, maxBytes: number): Promise<{ bytes: Buffer; contentType: string }> {
    return this.client.download('cgi-bin/media/get', { media_id: mediaId }, maxBytes);
  }
}
