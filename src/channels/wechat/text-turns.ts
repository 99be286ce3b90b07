import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type BotAdapter, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { AppError } from '../../errors.js';
import type { ChoiceMemory } from './choice-memory.js';
import { fromActivity, resolveChoice, type WechatChoice } from './from-activity.js';

/**
 * What every text-only WeChat adapter (Wechaty, Official Account, WeCom customer service) does the
 * same way, as functions rather than a base class, so each adapter stays one level below BotAdapter.
 */

/** A customer's message as a turn; a numbered answer to the choices last shown becomes the choice's value. */
export async function choiceTurn(adapter: BotAdapter, activity: Partial<Activity>, choices: ChoiceMemory, conversationId: string): Promise<TurnContext> {
  const shown = await choices.read(conversationId);
  const chosen = activity.text ? resolveChoice(activity.text, shown) : undefined;
  const turn = new TurnContext(adapter, chosen === undefined ? activity : { ...activity, text: chosen, value: undefined });
  choices.markShown(turn, shown);
  return turn;
}

/** WeChat messages stay as sent: the adapters' updateActivity and deleteActivity. */
export function cannotChange(change: 'edit' | 'recall', channel: string): AppError {
  const text = change === 'edit' ? 'WeChat messages cannot be edited once sent.' : 'WeChat messages cannot be recalled by the bot.';
  return new AppError('CHANNEL_SEND_FAILED', text, { details: { channel } });
}

/**
 * One activity to a customer's one-to-one chat, outside any turn of theirs. Not through the turn
 * error handler: a failed proactive send is the caller's to report, not the customer's to see.
 */
export async function sendOutsideTurn(adapter: BotAdapter, where: { channelId: string; serviceUrl: string; conversationId: string; bot: { id: string; name: string } }, activity: Partial<Activity>): Promise<void> {
  const reference: Partial<ConversationReference> = {
    channelId: where.channelId,
    serviceUrl: where.serviceUrl,
    conversation: { id: where.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    user: { id: where.conversationId, name: '' },
    bot: where.bot,
  };
  const turn = new TurnContext(adapter, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'proactive' }, reference, true));
  await turn.sendActivity(activity);
}

/**
 * A turn's activities as WeChat texts (numbered choices, long text split), each handed to `deliver`
 * with its conversation in order; the last message's choices are remembered, so a question without
 * choices clears them.
 */
export async function sendAsTexts(
  turn: TurnContext,
  activities: Partial<Activity>[],
  parts: { choices: ChoiceMemory; maxChars: number; deliver: (conversationId: string, text: string) => Promise<void> },
): Promise<ResourceResponse[]> {
  const responses: ResourceResponse[] = [];
  let offered: WechatChoice[] | undefined;
  for (const activity of activities) {
    responses.push({ id: randomUUID() });
    if (activity.type !== ActivityTypes.Message) continue;
    const conversationId = activity.conversation?.id ?? turn.activity.conversation.id;
    const outbound = fromActivity(activity, parts.maxChars);
    for (const text of outbound.texts) await parts.deliver(conversationId, text);
    offered = outbound.choices;
  }
  if (offered) await parts.choices.remember(turn, offered);
  return responses;
}
