import { randomUUID } from 'node:crypto';
import {
  ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse, type Storage,
} from 'botbuilder';
import { AppError } from '../../errors.js';
import { fromActivity, resolveChoice, WECHAT_MAX_CHARS, type WechatChoice } from './from-activity.js';
import { parseConversationId, WECHAT_CHANNEL_ID, type WechatSelf } from './to-activity.js';
import { wechatChoicesKey } from './choices-key.js';

/** How replies leave: implemented over Wechaty (wechaty-transport.ts), a fake in unit tests. */
export interface WechatTransport {
  sayToContact(contactId: string, text: string): Promise<void>;
  /** Says `text` in the room, mentioning the member it answers. */
  sayToRoom(roomId: string, text: string, mentionContactId: string): Promise<void>;
}

const CHOICES_SHOWN = Symbol('wechatChoicesShown');
const choicesKey = wechatChoicesKey;

/**
 * WeChat's channel for the bot: an inbound message runs a turn like any other channel's, and
 * every reply becomes one or more plain-text say() calls. The numbered choices last shown in a
 * conversation are kept in the bot's Storage, so "1" still means the first choice after a restart.
 */
export class WechatyAdapter extends BotAdapter {
  constructor(
    private readonly transport: WechatTransport,
    private readonly storage: Storage,
    private readonly self: () => WechatSelf | undefined,
    private readonly maxChars = WECHAT_MAX_CHARS,
  ) {
    super();
  }

  /** Runs the bot for one inbound activity (from toActivity); a numbered reply becomes the choice's value. */
  async processActivity(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new AppError('CHANNEL_BAD_ACTIVITY', 'A WeChat activity needs a conversation.', { details: { channel: WECHAT_CHANNEL_ID } });
    const shown = await this.#readChoices(conversationId);
    const chosen = activity.text ? resolveChoice(activity.text, shown) : undefined;
    const turn = new TurnContext(this, chosen === undefined ? activity : { ...activity, text: chosen, value: undefined });
    turn.turnState.set(CHOICES_SHOWN, shown);
    await this.runMiddleware(turn, logic);
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    let offered: WechatChoice[] | undefined;
    for (const activity of activities) {
      responses.push({ id: randomUUID() });
      if (activity.type !== ActivityTypes.Message) continue;
      const conversationId = activity.conversation?.id ?? turn.activity.conversation.id;
      const outbound = fromActivity(activity, this.maxChars);
      for (const text of outbound.texts) await this.#deliver(conversationId, text);
      offered = outbound.choices;
    }
    // The last message decides what a number means next: a question without choices clears them.
    if (offered) await this.#rememberChoices(turn, offered);
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new AppError('CHANNEL_SEND_FAILED', 'WeChat messages cannot be edited once sent.', { details: { channel: WECHAT_CHANNEL_ID } });
  }

  async deleteActivity(): Promise<void> {
    throw new AppError('CHANNEL_SEND_FAILED', 'WeChat messages cannot be recalled by the bot.', { details: { channel: WECHAT_CHANNEL_ID } });
  }

  /** A proactive turn (ticket progress, an agent's reply): what it sends goes to the reference's conversation. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /**
   * Sends one activity to a contact's private chat, outside any turn of theirs. Not through the
   * turn error handler: a failed proactive send is the caller's to report, not the customer's to see.
   */
  async sendToContact(contactId: string, activity: Partial<Activity>): Promise<void> {
    const self = this.self();
    const reference: Partial<ConversationReference> = {
      channelId: WECHAT_CHANNEL_ID,
      serviceUrl: 'wechat://wechaty',
      conversation: { id: contactId, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: contactId, name: '' },
      bot: { id: self?.id ?? 'wechat-bot', name: self?.name ?? '' },
    };
    const turn = new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'proactive' }, reference, true));
    await turn.sendActivity(activity);
  }

  async #deliver(conversationId: string, text: string): Promise<void> {
    const { roomId, contactId } = parseConversationId(conversationId);
    if (roomId) await this.transport.sayToRoom(roomId, text, contactId);
    else await this.transport.sayToContact(contactId, text);
  }

  async #readChoices(conversationId: string): Promise<WechatChoice[]> {
    const key = choicesKey(conversationId);
    const stored = (await this.storage.read([key]))[key] as { choices?: WechatChoice[] } | undefined;
    return stored?.choices ?? [];
  }

  async #rememberChoices(turn: TurnContext, choices: WechatChoice[]): Promise<void> {
    const conversationId = turn.activity.conversation.id;
    const shown = (turn.turnState.get(CHOICES_SHOWN) as WechatChoice[] | undefined) ?? await this.#readChoices(conversationId);
    if (JSON.stringify(shown) === JSON.stringify(choices)) return;
    await this.storage.write({ [choicesKey(conversationId)]: { choices, eTag: '*' } });
    turn.turnState.set(CHOICES_SHOWN, choices);
  }
}
