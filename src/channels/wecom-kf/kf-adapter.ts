import {
  ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse, type Storage,
} from 'botbuilder';
import { AppError } from '../../errors.js';
import { joinWithin } from '../join-within.js';
import { ChoiceMemory } from '../wechat/choice-memory.js';
import { WECHAT_MAX_CHARS } from '../wechat/from-activity.js';
import { cannotChange, choiceTurn, sendAsTexts, sendOutsideTurn } from '../wechat/text-turns.js';
import type { KfCustomer } from './kf-api.js';
import { kfCustomerOf, WECOM_KF_CHANNEL_ID } from './to-activity.js';

/** How texts leave: send_msg, and send_msg_on_event for the welcome (kf-api.ts). */
export interface KfTransport {
  sendText(customer: KfCustomer, text: string): Promise<void>;
  sendOnEvent(code: string, text: string): Promise<void>;
}

/** A turn's texts, collected and sent when it ends: WeCom allows 5 messages per customer message. */
const OUTBOX = Symbol('wecomKfOutbox');

function customerOf(conversationId: string): KfCustomer {
  const customer = kfCustomerOf(conversationId);
  if (!customer) throw new AppError('CHANNEL_BAD_ACTIVITY', 'A WeCom customer-service conversation is account:customer.', { details: { channel: WECOM_KF_CHANNEL_ID } });
  return customer;
}

/**
 * WeCom customer service's channel for the bot: each pulled message runs a turn like any other
 * channel's, its texts sent with send_msg. WeCom shows text only here: choices are numbered and long
 * replies split, as on the other WeChat channels (the same code).
 */
export class KfAdapter extends BotAdapter {
  readonly #choices: ChoiceMemory;

  constructor(
    private readonly transport: KfTransport,
    storage: Storage,
    /** A turn's replies that WeCom refused: reported, not retried (the turn is over and marked handled). */
    private readonly onSendError: (err: unknown, conversationId: string) => void,
    private readonly maxChars = WECHAT_MAX_CHARS,
  ) {
    super();
    this.#choices = new ChoiceMemory(storage, WECOM_KF_CHANNEL_ID);
  }

  /** Runs the bot for one message; a numbered answer becomes the choice's value. With a welcome code the greeting goes back on it. */
  async processMessage(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>, welcomeCode?: string): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new AppError('CHANNEL_BAD_ACTIVITY', 'A WeCom message needs a sender.', { details: { channel: WECOM_KF_CHANNEL_ID } });
    const turn = await choiceTurn(this, activity, this.#choices, conversationId);
    const outbox: string[] = [];
    turn.turnState.set(OUTBOX, outbox);
    await this.runMiddleware(turn, logic);
    await this.#flush(customerOf(conversationId), outbox, welcomeCode).catch((err: unknown) => this.onSendError(err, conversationId));
  }

  /**
   * The turn's texts joined into as few messages as fit, sent once the turn is done. Sent after the
   * delivery is marked handled, so a process killed mid-send leaves a reply short rather than
   * answering the message twice when its successor re-reads the page. A welcome has one message,
   * on the event's code (good once, for 20 s): what does not fit it is left out.
   */
  async #flush(customer: KfCustomer, texts: string[], welcomeCode?: string): Promise<void> {
    for (let at = 0; at < texts.length;) {
      const { text, used } = joinWithin(texts.slice(at), this.maxChars);
      at += used;
      if (!welcomeCode) await this.transport.sendText(customer, text!);
      else return this.transport.sendOnEvent(welcomeCode, text!);
    }
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outbox = turn.turnState.get(OUTBOX) as string[] | undefined;
    return sendAsTexts(turn, activities, {
      choices: this.#choices, maxChars: this.maxChars,
      deliver: async (conversationId, text) => {
        if (outbox) outbox.push(text);
        else await this.transport.sendText(customerOf(conversationId), text);
      },
    });
  }

  async updateActivity(): Promise<void> {
    throw cannotChange('edit', WECOM_KF_CHANNEL_ID);
  }

  async deleteActivity(): Promise<void> {
    throw cannotChange('recall', WECOM_KF_CHANNEL_ID);
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** One activity to a customer outside any message of theirs; failures are the caller's to report. */
  async sendToCustomer(conversationId: string, activity: Partial<Activity>): Promise<void> {
    await sendOutsideTurn(this, { channelId: WECOM_KF_CHANNEL_ID, serviceUrl: 'wecom://kf', conversationId, bot: { id: customerOf(conversationId).openKfId, name: '' } }, activity);
  }
}
