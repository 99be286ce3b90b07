import { AppError, isAppError } from '../../errors.js';
import type { DownloadedMedia, WechatApiClient } from '../wechat-common/wechat-api-client.js';
import { SyncPageSchema, type KfState } from './kf-message.js';
import { WECOM_KF_CHANNEL_ID } from './to-activity.js';

/** 95018: the session is not at 未处理/智能助手接待, the only states send_msg may write in. */
const SESSION_NOT_OURS = 95018;

export interface SyncRequest {
  cursor?: string;
  syncToken?: string;
  openKfId?: string;
  limit: number;
}

export interface SyncPage {
  nextCursor: string;
  hasMore: boolean;
  /** Items as WeCom sent them; each is validated on its own, so one odd message does not stall the page. */
  items: unknown[];
}

/** A customer of one customer-service account: where send_msg and service_state address them. */
export interface KfCustomer {
  openKfId: string;
  externalUserId: string;
}

function sessionNotOurs(customer: KfCustomer, cause: unknown): AppError {
  return new AppError('CHANNEL_SEND_FAILED', 'WeCom refuses API messages while a WeCom 接待人员 has the session (waiting in 待接入池 or 人工接待); only that person can write now, in the WeCom app.', {
    status: 409, details: { channel: WECOM_KF_CHANNEL_ID, reason: 'session-held-in-wecom', openKfId: customer.openKfId, errcode: SESSION_NOT_OURS }, cause,
  });
}

/** WeCom customer service's HTTP API (https://developer.work.weixin.qq.com/document/path/94638 and its neighbours). */
export class KfApi {
  constructor(private readonly client: WechatApiClient) {}

  async syncMsg(request: SyncRequest): Promise<SyncPage> {
    const answer = await this.client.postJson('cgi-bin/kf/sync_msg', {
      ...(request.cursor ? { cursor: request.cursor } : {}),
      ...(request.syncToken ? { token: request.syncToken } : {}),
      ...(request.openKfId ? { open_kfid: request.openKfId } : {}),
      limit: request.limit,
    });
    const page = SyncPageSchema.safeParse(answer);
    if (!page.success) throw new AppError('CHANNEL_BAD_ACTIVITY', 'WeCom sync_msg answered in an unknown shape.', { details: { channel: WECOM_KF_CHANNEL_ID, reason: 'sync-page' } });
    return { nextCursor: page.data.next_cursor, hasMore: page.data.has_more, items: page.data.msg_list };
  }

  async sendText(customer: KfCustomer, text: string): Promise<void> {
    try {
      await this.client.postJson('cgi-bin/kf/send_msg', { touser: customer.externalUserId, open_kfid: customer.openKfId, msgtype: 'text', text: { content: text } });
    } catch (err) {
      if (isAppError(err) && err.details?.errcode === SESSION_NOT_OURS) throw sessionNotOurs(customer, err);
      throw err;
    }
  }

  /** The welcome: enter_session's code is good once, for 20 s, and is the only way to write before the customer has. */
  async sendOnEvent(code: string, text: string): Promise<void> {
    await this.client.postJson('cgi-bin/kf/send_msg_on_event', { code, msgtype: 'text', text: { content: text } });
  }

  async state(customer: KfCustomer): Promise<{ state: KfState; servicerUserId?: string }> {
    const answer = await this.client.postJson('cgi-bin/kf/service_state/get', { open_kfid: customer.openKfId, external_userid: customer.externalUserId });
    return { state: Number(answer.service_state) as KfState, servicerUserId: typeof answer.servicer_userid === 'string' ? answer.servicer_userid : undefined };
  }

  async transfer(customer: KfCustomer, state: KfState, servicerUserId?: string): Promise<void> {
    await this.client.postJson('cgi-bin/kf/service_state/trans', {
      open_kfid: customer.openKfId, external_userid: customer.externalUserId, service_state: state, ...(servicerUserId ? { servicer_userid: servicerUserId } : {}),
    });
  }

  downloadMedia(mediaId: string, maxBytes: number): Promise<DownloadedMedia> {
    return this.client.download('cgi-bin/media/get', { media_id: mediaId }, maxBytes);
  }
}
