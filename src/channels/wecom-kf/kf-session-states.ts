import { asAppError } from '../../errors.js';
import type { Log } from '../../log.js';
import type { KeyedQueue } from '../keyed-queue.js';
import type { KfApi } from './kf-api.js';
import { KF_STATE, type KfState } from './kf-message.js';
import { kfCustomerOf, WECOM_KF_CHANNEL_ID } from './to-activity.js';

/** session_status_change's change_type 3: a WeCom 接待人员 ended the session. */
const ENDED_BY_SERVICER = 3;

export interface KfSessionStatesDeps {
  api: Pick<KfApi, 'state' | 'transfer'>;
  /**
   * `desk`: our console or Slack serve, writing through send_msg — WeCom allows it only at 未处理 and
   * 智能助手接待, so the session stays with the bot. `wecom`: WeCom's own 接待人员 serve, in the WeCom app.
   */
  handoffTo: 'desk' | 'wecom';
  /** Our staff id → WeCom userid, for `wecom`: who a claim on our desk assigns (人工接待 needs one). */
  servicers: Readonly<Record<string, string>>;
  /** The per-conversation queue turns run on: a change asked for during a turn waits for its replies. */
  queue: KeyedQueue;
  log: Log;
  /** A WeCom 接待人员 ended the session: our handoff request goes too, and the bot answers again. */
  onEndedInWecom?: (conversationId: string) => Promise<void>;
}

/**
 * Keeps WeCom's session state (kf/service_state) in step with our handoff: 智能助手接待 while the
 * bot answers; with `wecom`, 待接入池 when the customer is handed to a person, 人工接待 when a
 * mapped agent claims, ended when given back (WeCom allows no way from 2 or 3 back to 1 but ending,
 * https://developer.work.weixin.qq.com/document/path/94669). A failed change is logged, never undoes
 * the handoff: the desk is ours, WeCom's state is a mirror.
 */
export class KfSessionStates {
  /** Conversations this process has seen at 智能助手接待, so a message costs no service_state/get. */
  readonly #atBot = new Set<string>();
  readonly #pending = new Set<Promise<void>>();
  /** Ended by a WeCom 接待人员: the give-back that follows has nothing left to end. */
  readonly #endedInWecom = new Set<string>();

  constructor(private readonly deps: KfSessionStatesDeps) {}

  /** Before the bot answers a customer: a new session (未处理, or unknown here) moves to 智能助手接待. */
  async botAnswering(conversationId: string): Promise<void> {
    if (this.#atBot.has(conversationId)) return;
    const customer = kfCustomerOf(conversationId);
    if (!customer) return;
    try {
      const { state } = await this.deps.api.state(customer);
      if (state === KF_STATE.untreated) await this.deps.api.transfer(customer, KF_STATE.bot);
      if (state === KF_STATE.untreated || state === KF_STATE.bot) this.#atBot.add(conversationId);
    } catch (err) {
      this.#failed(conversationId, KF_STATE.bot, err);
    }
  }

  handedOff(conversationId: string): void {
    if (this.deps.handoffTo === 'wecom') this.#change(conversationId, KF_STATE.queued);
  }

  claimed(conversationId: string, agentId: string): void {
    if (this.deps.handoffTo !== 'wecom') return;
    const servicer = this.deps.servicers[agentId];
    if (servicer) this.#change(conversationId, KF_STATE.person, servicer);
    else this.deps.log.warn({ channel: WECOM_KF_CHANNEL_ID, conversationId, agentId, reason: 'no-wecom-servicer' }, 'wecom-kf.state.unchanged');
  }

  /** Only a claimed session can be ended: WeCom lets 待接入池 move nowhere but to a 接待人员. */
  givenBack(conversationId: string, wasClaimed: boolean): void {
    if (this.#endedInWecom.delete(conversationId)) return;
    if (this.deps.handoffTo === 'wecom' && wasClaimed) this.#change(conversationId, KF_STATE.ended);
  }

  /** WeCom's session_status_change: whatever it says, the next message asks WeCom afresh. */
  async changedInWecom(conversationId: string, changeType: number): Promise<void> {
    this.#atBot.delete(conversationId);
    if (changeType !== ENDED_BY_SERVICER) return;
    this.#endedInWecom.add(conversationId);
    await this.deps.onEndedInWecom?.(conversationId);
  }

  /** Resolves when every change asked for so far has been tried. */
  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  #change(conversationId: string, state: KfState, servicerUserId?: string): void {
    const customer = kfCustomerOf(conversationId);
    if (!customer) return;
    this.#atBot.delete(conversationId);
    const work = this.deps.queue.run(conversationId, async () => {
      await this.deps.api.transfer(customer, state, servicerUserId);
      this.deps.log.info({ channel: WECOM_KF_CHANNEL_ID, conversationId, state }, 'wecom-kf.state.changed');
    }).catch((err: unknown) => this.#failed(conversationId, state, err));
    this.#pending.add(work);
    void work.finally(() => this.#pending.delete(work));
  }

  #failed(conversationId: string, state: KfState, err: unknown): void {
    this.deps.log.warn({ code: asAppError(err).code, channel: WECOM_KF_CHANNEL_ID, conversationId, state, err }, 'wecom-kf.state.failed');
  }
}
