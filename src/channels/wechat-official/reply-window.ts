import type { Storage } from 'botbuilder';

/**
 * WeChat accepts customer-service messages to a follower for 48 hours after they last wrote,
 * clicked the menu, followed or scanned (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html);
 * outside it the API answers 45015. The last time is kept in the shared Storage, so whichever
 * process sends knows it.
 */
export const REPLY_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface WindowState {
  open: boolean;
  /** ISO time of the customer's last action; undefined when never seen. */
  lastSeenAt?: string;
}

export class ReplyWindow {
  constructor(private readonly storage: Storage, private readonly channelId: string) {}

  async touch(openId: string, at: Date): Promise<void> {
    await this.storage.write({ [this.#key(openId)]: { at: at.toISOString(), eTag: '*' } });
  }

  async state(openId: string, now: Date): Promise<WindowState> {
    const key = this.#key(openId);
    const lastSeenAt = ((await this.storage.read([key]))[key] as { at?: string } | undefined)?.at;
    const open = lastSeenAt !== undefined && now.getTime() - Date.parse(lastSeenAt) < REPLY_WINDOW_MS;
    return { open, lastSeenAt };
  }

  #key(openId: string): string {
    return `${this.channelId}/last-seen/${openId}`;
  }
}
