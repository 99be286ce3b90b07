import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { FileBox } from 'file-box';
import type { MessageInterface } from 'wechaty/impls';
import type { WechatChannel } from '../../src/channels/wechat/start-wechat-channel.js';

type MockContact = ReturnType<mock.Mocker['createContact']>;
type MockRoom = ReturnType<mock.Mocker['createRoom']>;
type MockMessage = { payload: { talkerId?: string; text?: string } };

export const BOT_ID = 'wxid_support_bot';

/** A mock WeChat world: the bot's own account, customers and groups, on wechaty-puppet-mock. */
export class MockWechat {
  readonly mocker = new mock.Mocker();
  readonly puppet = new PuppetMock({ mocker: this.mocker });
  readonly botUser: MockContact;

  constructor() {
    this.botUser = this.mocker.createContact({ id: BOT_ID, name: '售后小助手' });
  }

  contact(id: string, name: string): MockContact {
    return this.mocker.createContact({ id, name });
  }

  room(id: string, members: MockContact[]): MockRoom {
    return this.mocker.createRoom({ id, topic: '业主群', memberIdList: [this.botUser.id, ...members.map((m) => m.id)] });
  }

  /** Logs the bot account in once the channel has started, and waits for Wechaty's login event. */
  async login(channel: WechatChannel): Promise<void> {
    await channel.started;
    const loggedIn = new Promise<void>((resolve) => channel.wechaty.once('login', () => resolve()));
    this.mocker.login(this.botUser);
    await loggedIn;
  }
}

/** Everything the bot said to one customer (private chat) or in one room, in order. */
export function inbox(target: MockContact | MockRoom): string[] {
  const received: string[] = [];
  target.on('message', (message: MockMessage) => {
    if (message.payload.talkerId === BOT_ID) received.push(message.payload.text ?? '');
  });
  return received;
}

/** Waits until the channel has picked up the message `send` produces, then until its turn is answered. */
export async function deliver(channel: WechatChannel, send: () => void, isIt: (message: MessageInterface) => boolean): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const listener = (message: MessageInterface) => {
      if (!isIt(message)) return;
      channel.wechaty.off('message', listener);
      resolve();
    };
    channel.wechaty.on('message', listener);
  });
  send();
  await seen;
  await channel.drain();
}

/** A customer writes to the bot in a private chat; resolves once the bot has answered. */
export async function say(channel: WechatChannel, from: MockContact, text: string, to: MockContact | MockRoom, mentions: MockContact[] = []): Promise<void> {
  await deliver(channel, () => from.say(text, mentions).to(to), (m) => m.talker().id === from.id && m.text() === text);
}

/** A customer sends a picture (or any file the mock puppet types by its extension). */
export async function sendFile(channel: WechatChannel, from: MockContact, name: string, bytes: Buffer, to: MockContact): Promise<void> {
  const box = FileBox.fromBase64(bytes.toString('base64'), name);
  await deliver(channel, () => from.say(box).to(to), (m) => m.talker().id === from.id && m.type() !== types.Message.Text);
}

/**
 * A message the mock cannot make with say(): a red packet, a location, a transfer, or a file
 * message (say() types a FileBox by its MIME type, and only images, voice and mp4 are recognised).
 */
export async function sendOfType(world: MockWechat, channel: WechatChannel, from: MockContact, type: types.Message, id: string, file?: FileBox): Promise<void> {
  if (file) world.mocker.cacheFileBoxPayload.set(id, file.toJSON());
  world.mocker.MessageMock.create({ id, talkerId: from.id, listenerId: BOT_ID, timestamp: Date.now(), type } as never);
  await redeliver(world, channel, id);
}

/** The puppet reports the same message again, as after a reconnect. */
export async function redeliver(world: MockWechat, channel: WechatChannel, id: string): Promise<void> {
  await deliver(channel, () => world.puppet.emit('message', { messageId: id }), (m) => m.id === id);
}

/**
 * The next thing the bot says to `target` that matches `pattern`. Messages the bot sends outside a
 * turn (an agent's reply, a claim notice) arrive on their own schedule: call this before the action.
 */
export function nextSaid(target: MockContact | MockRoom, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const listener = (message: MockMessage) => {
      const text = message.payload.text ?? '';
      if (message.payload.talkerId !== BOT_ID || !pattern.test(text)) return;
      target.off('message', listener);
      resolve(text);
    };
    target.on('message', listener);
  });
}
