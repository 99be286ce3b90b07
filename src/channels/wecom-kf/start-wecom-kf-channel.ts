import type { Storage, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config/config-schema.js';
import type { Log } from '../../log.js';
import type { TurnLock } from '../../bot/turn-lock.js';
import type { HandoffQueue } from '../../handoff/handoff-request.js';
import { asAppError } from '../../errors.js';
import { KeyedQueue } from '../keyed-queue.js';
import { aesKeyOf } from '../wechat-common/callback-crypto.js';
import { SharedAccessToken } from '../wechat-common/shared-access-token.js';
import { fetchWechatToken, WechatApiClient } from '../wechat-common/wechat-api-client.js';
import { KfAdapter } from './kf-adapter.js';
import { KfApi } from './kf-api.js';
import { openKfCallback, verifyKfUrl, type KfCallbackCredentials, type KfCallbackQuery } from './kf-callback.js';
import { kfHandoffQueue } from './kf-handoff-queue.js';
import type { KfMessage } from './kf-message.js';
import { KfMessenger } from './kf-messenger.js';
import { KfSessionStates } from './kf-session-states.js';
import { KfSync } from './kf-sync.js';
import { KfSyncState } from './kf-sync-state.js';
import { toInbound, WECOM_KF_CHANNEL_ID } from './to-activity.js';

export interface WecomKfSettings {
  corpId: string;
  secret: string;
  token: string;
  encodingAesKey: string;
  apiBase: string;
  openKfId?: string;
  pollMs: number;
  handoffTo: 'desk' | 'wecom';
  servicers: Readonly<Record<string, string>>;
  maxAttachmentBytes: number;
  /** The read lease: past a turn's lease and its wait for one (kf-sync.ts says why). */
  syncLeaseMs: number;
}

/** The settings from the validated environment (load-config has checked the credentials are there when enabled). */
export function wecomKfSettings(config: Config): WecomKfSettings {
  return {
    corpId: config.WECOM_KF_CORP_ID ?? '',
    secret: config.WECOM_KF_SECRET ?? '',
    token: config.WECOM_KF_TOKEN ?? '',
    encodingAesKey: config.WECOM_KF_AES_KEY ?? '',
    apiBase: config.WECOM_KF_API_BASE,
    openKfId: config.WECOM_KF_OPEN_KFID,
    pollMs: config.WECOM_KF_POLL_MS,
    handoffTo: config.WECOM_KF_HANDOFF_TO,
    servicers: config.WECOM_KF_SERVICERS,
    maxAttachmentBytes: config.WECHAT_MAX_ATTACHMENT_BYTES,
    syncLeaseMs: config.TURN_LOCK_TTL_MS + config.TURN_LOCK_WAIT_MS + 5000,
  };
}

export interface WecomKfDeps {
  settings: WecomKfSettings;
  storage: Storage;
  /** Shared leases: who fetches the access token, who reads sync_msg. */
  lock: TurnLock;
  clock: Clock;
  log: Log;
}

export interface WecomKfStart {
  logic: (turn: TurnContext) => Promise<void>;
  onTurnError?: (turn: TurnContext, err: Error) => Promise<void>;
  /** A WeCom 接待人员 ended the session: withdraw our handoff request for it. */
  endHandoff: (conversationId: string) => Promise<void>;
}

export interface WecomKfChannel {
  readonly adapter: KfAdapter;
  readonly messenger: KfMessenger;
  /** The handoff queue, mirroring handoffs of WeCom customers into WeCom's session state. */
  watchHandoffs(queue: HandoffQueue): HandoffQueue;
  /** Reads the backlog now and on every poll; callbacks read as they come. */
  start(parts: WecomKfStart): void;
  verifyUrl(query: KfCallbackQuery): string;
  /** Opens a callback and starts reading; resolves before the reading ends (WeCom waits 5 s at most). */
  handleCallback(query: KfCallbackQuery, body: string): void;
  /** Resolves when every read, turn and state change so far has finished. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Built in two steps because the handoff desk needs `watchHandoffs` before the bot exists, and the
 * channel needs the bot's logic to run turns.
 */
export function createWecomKfChannel(deps: WecomKfDeps): WecomKfChannel {
  const { settings, log } = deps;
  const credentials: KfCallbackCredentials = { token: settings.token, corpId: settings.corpId, aesKey: aesKeyOf(settings.encodingAesKey) };
  const token = new SharedAccessToken({
    name: `kf:${settings.corpId}`, storage: deps.storage, lock: deps.lock, clock: deps.clock,
    fetchToken: () => fetchWechatToken(settings.apiBase, 'cgi-bin/gettoken', { corpid: settings.corpId, corpsecret: settings.secret }),
  });
  const api = new KfApi(new WechatApiClient(settings.apiBase, token));
  const adapter = new KfAdapter(api, deps.storage, (err, conversationId) => {
    log.error({ code: asAppError(err).code, channel: WECOM_KF_CHANNEL_ID, conversationId, err }, 'wecom-kf.send.failed');
  });
  const queue = new KeyedQueue();
  let endHandoff: WecomKfStart['endHandoff'] = async () => {};
  const states = new KfSessionStates({
    api, handoffTo: settings.handoffTo, servicers: settings.servicers, queue, log,
    onEndedInWecom: (conversationId) => endHandoff(conversationId),
  });
  const readMedia = (mediaId: string) => ({ read: async () => (await api.downloadMedia(mediaId, settings.maxAttachmentBytes)).bytes });
  let logic: WecomKfStart['logic'] | undefined;

  async function handle(message: KfMessage): Promise<void> {
    const inbound = toInbound(message, readMedia);
    if (!inbound) return;
    if (inbound.kind === 'session-change') return states.changedInWecom(inbound.conversationId, inbound.changeType);
    if (inbound.kind === 'send-failed') {
      log.warn({ code: 'CHANNEL_SEND_FAILED', channel: WECOM_KF_CHANNEL_ID, conversationId: inbound.conversationId, failType: inbound.failType, reason: 'msg-send-fail' }, 'wecom-kf.send.refused');
      return;
    }
    const { activity, welcomeCode } = inbound;
    const conversationId = activity.conversation!.id;
    await queue.run(conversationId, async () => {
      if (!welcomeCode) await states.botAnswering(conversationId);
      await adapter.processMessage(activity, logic!, welcomeCode);
    });
  }

  const sync = new KfSync({ api, state: new KfSyncState(deps.storage, deps.lock), handle, log, openKfId: settings.openKfId, leaseMs: settings.syncLeaseMs });
  const read = (syncToken?: string) => {
    if (!logic) return;
    sync.request(syncToken).catch((err: unknown) => {
      log.error({ code: asAppError(err).code, channel: WECOM_KF_CHANNEL_ID, err }, 'wecom-kf.sync.failed');
    });
  };
  let poll: NodeJS.Timeout | undefined;

  return {
    adapter,
    messenger: new KfMessenger(adapter),
    watchHandoffs: (handoffs) => kfHandoffQueue(handoffs, states),
    start(parts) {
      logic = parts.logic;
      endHandoff = parts.endHandoff;
      if (parts.onTurnError) adapter.onTurnError = parts.onTurnError;
      read();
      poll = setInterval(() => read(), settings.pollMs);
      poll.unref();
    },
    verifyUrl: (query) => verifyKfUrl(query, credentials),
    handleCallback(query, body) {
      const notice = openKfCallback(query, body, credentials);
      if (!notice || (settings.openKfId && notice.openKfId !== settings.openKfId)) return;
      read(notice.syncToken);
    },
    async drain() {
      await sync.idle();
      await states.settled();
    },
    async stop() {
      clearInterval(poll);
      sync.stop();
      logic = undefined;
      await this.drain();
    },
  };
}
