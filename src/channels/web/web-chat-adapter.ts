import { randomUUID } from 'node:crypto';
import {
  BotAdapter, TurnContext, ActivityTypes,
  type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { AppError } from '../../errors.js';
import type { WebChatHub } from './web-chat-hub.js';

const TURN_REPLIES = Symbol('webChatReplies');

/**
 * The web chat page's channel. A customer's message runs a turn and its replies travel back in
 * the HTTP response (like Bot Framework's expectReplies); anything sent outside a customer's turn
 * goes to the page's live stream.
 */
export class WebChatAdapter extends BotAdapter {
  constructor(private readonly hub: WebChatHub) {
    super();
  }

  async processActivity(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    const turn = new TurnContext(this, activity);
    turn.turnState.set(TURN_REPLIES, replies);
    await this.runMiddleware(turn, logic);
    return replies;
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies = turn.turnState.get(TURN_REPLIES) as Partial<Activity>[] | undefined;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const id = randomUUID();
      responses.push({ id });
      if (activity.type === 'delay' || activity.type === ActivityTypes.Typing) continue;
      const sent = { ...activity, id, timestamp: new Date() };
      if (replies) replies.push(sent);
      else await this.hub.publish(activity.conversation?.id ?? turn.activity.conversation.id, sent);
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new AppError('CHANNEL_SEND_FAILED', 'Web chat messages cannot be edited once sent.', { details: { channel: 'webchat' } });
  }

  async deleteActivity(): Promise<void> {
    throw new AppError('CHANNEL_SEND_FAILED', 'Web chat messages cannot be deleted once sent.', { details: { channel: 'webchat' } });
  }

  /** Proactive turn (ticket updates, agent messages): what it sends goes to the live stream. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
