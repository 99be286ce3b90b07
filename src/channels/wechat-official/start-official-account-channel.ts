import type { Storage, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config/config-schema.js';
import type { Log } from '../../log.js';
import type { TurnLock } from '../../bot/turn-lock.js';
import { asAppError } from '../../errors.js';
import { KeyedQueue } from '../keyed-queue.js';
import { WECHAT_MAX_CHARS } from '../wechat/from-activity.js';
import { aesKeyOf } from '../wechat-common/callback-crypto.js';
import { SharedAccessToken } from '../wechat-common/shared-access-token.js';
import { fetchWechatToken, WechatApiClient } from '../wechat-common/wechat-api-client.js';
import { OfficialAccountAdapter } from './official-account-adapter.js';
import { OfficialAccountApi } from './official-account-api.js';
import { OfficialAccountMessenger } from './official-account-messenger.js';
import { PassiveReply } from './passive-reply.js';
import { openPush, passiveTextReply, verifyUrl, type PushCredentials, type PushQuery } from './push-envelope.js';
import { ReplyWindow } from './reply-window.js';
import { opensReplyWindow, toActivity, WECHAT_OA_CHANNEL_ID } from './to-activity.js';

export interface OfficialAccountSettings {
  appId: string;
  appSecret: string;
  token: string;
  encodingAesKey?: string;
  apiUrl: string;
  /** How long a push waits for the turn before answering WeChat empty-handed (WeChat gives up at 5 s). */
  replyDeadlineMs: number;
  maxAttachmentBytes: number;
}

/** The settings from the validated environment (load-config has checked the credentials are there when enabled). */
export function officialAccountSettings(config: Config): OfficialAccountSettings {
  return {
    appId: config.WECHAT_OA_APP_ID ?? '',
    appSecret: config.WECHAT_OA_APP_SECRET ?? '',
    token: config.WECHAT_OA_TOKEN ?? '',
    encodingAesKey: config.WECHAT_OA_ENCODING_AES_KEY,
    apiUrl: config.WECHAT_OA_API_URL,
    replyDeadlineMs: config.WECHAT_OA_REPLY_DEADLINE_MS,
    maxAttachmentBytes: config.WECHAT_MAX_ATTACHMENT_BYTES,
  };
}

export interface OfficialAccountChannelDeps {
  settings: OfficialAccountSettings;
  logic: (turn: TurnContext) => Promise<void>;
  storage: Storage;
  /** Shared leases: which process fetches the access token. */
  lock: TurnLock;
  clock: Clock;
  log: Log;
  onTurnError?: (turn: TurnContext, err: Error) => Promise<void>;
}

/** What to answer one push with, and what to do once WeChat has it. */
export interface PushAnswer {
  /** A passive reply's XML, or `success` (WeChat's "nothing to say, do not retry"). */
  body: string;
  contentType: string;
  /** Call when the response has been written: the turn's other texts then go through the API. */
  release(): void;
}

export interface OfficialAccountChannel {
  readonly adapter: OfficialAccountAdapter;
  readonly messenger: OfficialAccountMessenger;
  verifyUrl(query: PushQuery): string;
  handlePush(query: PushQuery, body: string): Promise<PushAnswer>;
  /** Resolves when every turn and deferred send so far has finished. */
  drain(): Promise<void>;
}

const NOTHING: Omit<PushAnswer, 'release'> = { body: 'success', contentType: 'text/plain' };

/** Builds the Official Account channel: token sharing, API, adapter, messenger, and the push handler the route calls. */
export function startOfficialAccountChannel(deps: OfficialAccountChannelDeps): OfficialAccountChannel {
  const { settings, log, clock } = deps;
  const credentials: PushCredentials = {
    token: settings.token, appId: settings.appId, aesKey: settings.encodingAesKey ? aesKeyOf(settings.encodingAesKey) : undefined,
  };
  const token = new SharedAccessToken({
    name: `oa:${settings.appId}`, storage: deps.storage, lock: deps.lock, clock,
    fetchToken: () => fetchWechatToken(settings.apiUrl, 'cgi-bin/token', { grant_type: 'client_credential', appid: settings.appId, secret: settings.appSecret }),
  });
  const api = new OfficialAccountApi(new WechatApiClient(settings.apiUrl, token));
  const adapter = new OfficialAccountAdapter(api, deps.storage);
  if (deps.onTurnError) adapter.onTurnError = deps.onTurnError;
  const window = new ReplyWindow(deps.storage, WECHAT_OA_CHANNEL_ID);
  const messenger = new OfficialAccountMessenger(adapter, window, clock, log);
  const queue = new KeyedQueue();
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const readMedia = (mediaId: string) => ({
    read: async () => (await api.downloadMedia(mediaId, settings.maxAttachmentBytes)).bytes,
  });

  async function handlePush(query: PushQuery, body: string): Promise<PushAnswer> {
    const opened = openPush(query, body, credentials);
    const { push } = opened;
    const openId = push.FromUserName;
    if (openId && opensReplyWindow(push)) await window.touch(openId, clock.now());
    const activity = toActivity(push, readMedia);
    if (!activity) {
      log.info({ channel: WECHAT_OA_CHANNEL_ID, msgType: push.MsgType, event: push.Event }, 'wechat-oa.push.ignored');
      return { ...NOTHING, release() {} };
    }
    const reply = new PassiveReply((text) => api.sendText(openId, text), (err) => {
      log.error({ code: asAppError(err).code, channel: WECHAT_OA_CHANNEL_ID, conversationId: openId, err }, 'wechat-oa.send.failed');
    }, WECHAT_MAX_CHARS);
    const turn = queue.run(openId, () => adapter.processPush(activity, reply, deps.logic)).catch((err: unknown) => {
      log.error({ code: asAppError(err).code, channel: WECHAT_OA_CHANNEL_ID, conversationId: openId, err }, 'wechat-oa.push.failed');
    });
    track(turn);
    await untilDone(turn, settings.replyDeadlineMs);
    const text = reply.answer();
    return {
      ...(text ? { body: passiveTextReply(opened, text, credentials, clock.now()), contentType: 'application/xml' } : NOTHING),
      release() {
        reply.release();
        track(turn.then(() => reply.settled()));
      },
    };
  }

  return {
    adapter,
    messenger,
    verifyUrl: (query) => verifyUrl(query, credentials),
    handlePush,
    async drain() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}

/** Resolves when `work` settles or after `ms`, whichever comes first, leaving no timer behind. */
async function untilDone(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); })]);
  clearTimeout(timer);
}
