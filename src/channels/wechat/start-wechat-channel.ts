import { resolve } from 'node:path';
import type { Storage, TurnContext } from 'botbuilder';
import { WechatyBuilder, types } from 'wechaty';
import type { FriendshipInterface, MessageInterface, WechatyInterface } from 'wechaty/impls';
import type * as PUPPET from 'wechaty-puppet';
import type { Config } from '../../config/config-schema.js';
import type { Log } from '../../log.js';
import { asAppError } from '../../errors.js';
import { detectLanguage } from '../../bot/detect-language.js';
import { KeyedQueue } from '../keyed-queue.js';
import { WechatyAdapter } from './wechaty-adapter.js';
import { WechatMessenger } from './wechat-messenger.js';
import { readMessage, wechatyTransport } from './wechaty-transport.js';
import { toActivity, WECHAT_CHANNEL_ID, type WechatSelf } from './to-activity.js';
import { Reconnector, RECONNECT_DELAYS_MS } from './reconnect.js';

export type WechatPuppet = PUPPET.impls.PuppetInterface;
export type WechatChannelConfig = Pick<Config,
  'DATA_DIR' | 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT' | 'WECHAT_ACCEPT_FRIENDS' | 'WECHAT_MAX_ATTACHMENT_BYTES'>;

export interface WechatChannelDeps {
  config: WechatChannelConfig;
  /** The bot's turn handler (SupportBot.run). */
  logic: (turn: TurnContext) => Promise<void>;
  /** The bot's state storage; the adapter keeps the numbered choices last shown there. */
  storage: Storage;
  log: Log;
  onTurnError?: (turn: TurnContext, err: Error) => Promise<void>;
  /** A ready-made puppet (tests pass wechaty-puppet-mock); otherwise WECHATY_PUPPET is resolved. */
  puppet?: WechatPuppet;
  reconnectDelaysMs?: readonly number[];
}

export interface WechatChannel {
  readonly adapter: WechatyAdapter;
  readonly messenger: WechatMessenger;
  readonly wechaty: WechatyInterface;
  /** Resolves when the puppet has started (login may still wait for a QR scan). */
  readonly started: Promise<void>;
  /** Resolves when every message received so far has been answered. */
  drain(): Promise<void>;
  /** Finishes the turns under way, then stops the puppet. */
  stop(): Promise<void>;
}

const FRIEND_GREETING = {
  zh: '您好，我是售后服务助手 😊 产品遇到问题直接发给我就行，比如“洗衣机不排水”；也可以发图片或语音给我。',
  en: 'Hi, I’m the after-sales assistant 😊 Just tell me what’s wrong, e.g. “my washer won’t drain” — pictures and voice messages work too.',
};

/** The puppet the Wechaty way: a package name plus its options; the memory card keeps the login across restarts. */
function buildWechaty(deps: WechatChannelDeps): WechatyInterface {
  if (deps.puppet) return WechatyBuilder.build({ puppet: deps.puppet });
  const { config } = deps;
  return WechatyBuilder.build({
    name: resolve(config.DATA_DIR, 'wechaty'),
    puppet: config.WECHATY_PUPPET as 'wechaty-puppet-service',
    puppetOptions: {
      ...(config.WECHATY_PUPPET_SERVICE_TOKEN ? { token: config.WECHATY_PUPPET_SERVICE_TOKEN } : {}),
      ...(config.WECHATY_PUPPET_SERVICE_ENDPOINT ? { endpoint: config.WECHATY_PUPPET_SERVICE_ENDPOINT } : {}),
    },
  });
}

function selfOf(wechaty: WechatyInterface): WechatSelf | undefined {
  if (!wechaty.isLoggedIn) return undefined;
  return { id: wechaty.currentUser.id, name: wechaty.currentUser.name() };
}

/**
 * Connects WeChat to the bot: builds the Wechaty from config (or on an injected puppet), turns each
 * message into a turn of the same bot, and keeps the puppet connected. Nothing here throws into
 * the process: every failure is logged with a CHANNEL_ code and the other channels carry on.
 */
export function startWechatChannel(deps: WechatChannelDeps): WechatChannel {
  const { log } = deps;
  const wechaty = buildWechaty(deps);
  const adapter = new WechatyAdapter(wechatyTransport(() => wechaty), deps.storage, () => selfOf(wechaty));
  if (deps.onTurnError) adapter.onTurnError = deps.onTurnError;
  const queue = new KeyedQueue();
  const inFlight = new Set<Promise<void>>();
  const drain = async () => { while (inFlight.size) await Promise.allSettled([...inFlight]); };
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const reconnector = new Reconnector({
    async open() {
      await wechaty.start();
      // Wechaty reports a puppet that failed to start as an 'error' event, not by rejecting start().
      if (!wechaty.puppet.state.active()) throw new Error('puppet did not start');
    },
    async close() {
      await wechaty.stop();
    },
  }, log, WECHAT_CHANNEL_ID, deps.reconnectDelaysMs ?? RECONNECT_DELAYS_MS);

  wechaty.on('scan', (qrcode: string, status: types.ScanStatus) => {
    // Open the link (or scan the code it shows) with the WeChat app of the account that serves customers.
    log.info({ channel: WECHAT_CHANNEL_ID, status: types.ScanStatus[status], qrcodeUrl: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, 'wechat.scan');
  });
  wechaty.on('login', (user) => log.info({ channel: WECHAT_CHANNEL_ID, userId: user.id }, 'wechat.login'));
  wechaty.on('logout', (_user, reason?: string) => reconnector.reconnect(`logout${reason ? `: ${reason}` : ''}`));
  // An unreachable puppet reports the same failure a dozen times per attempt: counted, one line per back-off step.
  wechaty.on('error', (err) => reconnector.noteError(err));
  wechaty.on('message', (message: MessageInterface) => {
    track(onMessage(message, deps, wechaty, adapter, queue).catch((err: unknown) => {
      log.error({ code: asAppError(err).code, channel: WECHAT_CHANNEL_ID, messageId: message.id, err }, 'wechat.message.failed');
    }));
  });
  wechaty.on('friendship', (friendship: FriendshipInterface) => {
    track(onFriendship(friendship, deps, adapter).catch((err: unknown) => {
      log.error({ code: asAppError(err).code, channel: WECHAT_CHANNEL_ID, err }, 'wechat.friendship.failed');
    }));
  });

  return {
    adapter,
    messenger: new WechatMessenger(adapter),
    wechaty,
    started: reconnector.connect(),
    drain,
    async stop() {
      await drain();
      await reconnector.stop();
    },
  };
}

async function onMessage(message: MessageInterface, deps: WechatChannelDeps, wechaty: WechatyInterface, adapter: WechatyAdapter, queue: KeyedQueue): Promise<void> {
  const self = selfOf(wechaty);
  if (!self || message.self()) return;
  const { record, file } = await readMessage(message, deps.config.WECHAT_MAX_ATTACHMENT_BYTES);
  const activity = toActivity(record, self, file);
  if (!activity?.conversation) return;
  await queue.run(activity.conversation.id, () => adapter.processActivity(activity, deps.logic));
}

/** Friend requests are accepted only when WECHAT_ACCEPT_FRIENDS is on; the greeting follows the request's language. */
async function onFriendship(friendship: FriendshipInterface, deps: WechatChannelDeps, adapter: WechatyAdapter): Promise<void> {
  if (friendship.type() !== types.Friendship.Receive) return;
  const contact = friendship.contact();
  if (!deps.config.WECHAT_ACCEPT_FRIENDS) {
    deps.log.info({ channel: WECHAT_CHANNEL_ID, contactId: contact.id }, 'wechat.friendship.pending');
    return;
  }
  await friendship.accept();
  await adapter.sendToContact(contact.id, { type: 'message', text: FRIEND_GREETING[detectLanguage(friendship.hello()) ?? 'zh'] });
  deps.log.info({ channel: WECHAT_CHANNEL_ID, contactId: contact.id }, 'wechat.friendship.accepted');
}
