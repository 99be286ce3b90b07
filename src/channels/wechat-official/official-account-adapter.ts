import {
  ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse, type Storage,
} from 'botbuilder';
import { AppError } from '../../errors.js';
import { ChoiceMemory } from '../wechat/choice-memory.js';
import { WECHAT_MAX_CHARS } from '../wechat/from-activity.js';
import { cannotChange, choiceTurn, sendAsTexts, sendOutsideTurn } from '../wechat/text-turns.js';
import { PassiveReply } from './passive-reply.js';
import { WECHAT_OA_CHANNEL_ID } from './to-activity.js';

/** How texts leave outside a push's response: the customer-service message API (official-account-api.ts). */
export interface OfficialAccountTransport {
  sendText(openId: string, text: string): Promise<void>;
}

const PASSIVE = Symbol('wechatOaPassiveReply');

/**
 * The Official Account's channel for the bot. A push runs a turn like any other channel's; the
 * turn's texts go to the push's PassiveReply (answered in the HTTP response, the rest through the
 * API), proactive texts straight to the API. WeChat shows text only: choices are numbered, long
 * replies split, as on the Wechaty channel.
 */
export class OfficialAccountAdapter extends BotAdapter {
  readonly #choices: ChoiceMemory;

  constructor(
    private readonly transport: OfficialAccountTransport,
    storage: Storage,
    private readonly maxChars = WECHAT_MAX_CHARS,
  ) {
    super();
    this.#choices = new ChoiceMemory(storage, WECHAT_OA_CHANNEL_ID);
  }

  /** Runs the bot for one push's activity; its texts go to `reply`. A numbered answer becomes the choice's value. */
  async processPush(activity: Partial<Activity>, reply: PassiveReply, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new AppError('CHANNEL_BAD_ACTIVITY', 'A WeChat push needs a sender.', { details: { channel: WECHAT_OA_CHANNEL_ID } });
    const turn = await choiceTurn(this, activity, this.#choices, conversationId);
    turn.turnState.set(PASSIVE, reply);
    await this.runMiddleware(turn, logic);
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const reply = turn.turnState.get(PASSIVE) as PassiveReply | undefined;
    return sendAsTexts(turn, activities, {
      choices: this.#choices, maxChars: this.maxChars,
      deliver: async (openId, text) => {
        if (reply) reply.offer(text);
        else await this.transport.sendText(openId, text);
      },
    });
  }

  async updateActivity(): Promise<void> {
    throw cannotChange('edit', WECHAT_OA_CHANNEL_ID);
  }

  async deleteActivity(): Promise<void> {
    throw cannotChange('recall', WECHAT_OA_CHANNEL_ID);
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** One activity to a follower outside any push of theirs; failures are the caller's to report. */
  async sendToFollower(openId: string, activity: Partial<Activity>): Promise<void> {
    await sendOutsideTurn(this, { channelId: WECHAT_OA_CHANNEL_ID, serviceUrl: 'wechat://official-account', conversationId: openId, bot: { id: 'wechat-oa-bot', name: '' } }, activity);
  }
}
