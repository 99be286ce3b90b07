import {
  ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse, type Storage,
} from 'botbuilder';
import { AppError } from '../../errors.js';
import { WECHAT_MAX_CHARS } from './from-activity.js';
import { cannotChange, choiceTurn, sendAsTexts, sendOutsideTurn } from './text-turns.js';
import { parseConversationId, WECHAT_CHANNEL_ID, type WechatSelf } from './to-activity.js';
import { ChoiceMemory } from './choice-memory.js';

/** How replies leave: implemented over Wechaty (wechaty-transport.ts), a fake in unit tests. */
export interface WechatTransport {
  sayToContact(contactId: string, text: string): Promise<void>;
  /** Says `text` in the room, mentioning the member it answers. */
  sayToRoom(roomId: string, text: string, mentionContactId: string): Promise<void>;
}


/**
 * WeChat's channel for the bot: an inbound message runs a turn like any other channel's, and
 * every reply becomes one or more plain-text say() calls. The numbered choices last shown in a
 * conversation are kept in the bot's Storage, so "1" still means the first choice after a restart.
 */
export class WechatyAdapter extends BotAdapter {
  readonly #choices: ChoiceMemory;

  constructor(
    private readonly transport: WechatTransport,
    storage: Storage,
    private readonly self: () => WechatSelf | undefined,
    private readonly maxChars = WECHAT_MAX_CHARS,
  ) {
    super();
    this.#choices = new ChoiceMemory(storage, WECHAT_CHANNEL_ID);
  }

  /** Runs the bot for one inbound activity (from toActivity); a numbered reply becomes the choice's value. */
  async processActivity(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new AppError('CHANNEL_BAD_ACTIVITY', 'A WeChat activity needs a conversation.', { details: { channel: WECHAT_CHANNEL_ID } });
    const turn = await choiceTurn(this, activity, this.#choices, conversationId);
    await this.runMiddleware(turn, logic);
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return sendAsTexts(turn, activities, { choices: this.#choices, maxChars: this.maxChars, deliver: (conversationId, text) => this.#deliver(conversationId, text) });
  }

  async updateActivity(): Promise<void> {
    throw cannotChange('edit', WECHAT_CHANNEL_ID);
  }

  async deleteActivity(): Promise<void> {
    throw cannotChange('recall', WECHAT_CHANNEL_ID);
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
    await sendOutsideTurn(this, { channelId: WECHAT_CHANNEL_ID, serviceUrl: 'wechat://wechaty', conversationId: contactId, bot: { id: self?.id ?? 'wechat-bot', name: self?.name ?? '' } }, activity);
  }

  async #deliver(conversationId: string, text: string): Promise<void> {
    const { roomId, contactId } = parseConversationId(conversationId);
    if (roomId) await this.transport.sayToRoom(roomId, text, contactId);
    else await this.transport.sayToContact(contactId, text);
  }
}
