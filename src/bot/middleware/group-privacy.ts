import { ActivityTypes, type Activity } from 'botbuilder';
import type { Middleware } from '../compose.js';
import { languageOf } from '../turn-language.js';

const CONTINUE_PRIVATELY = {
  zh: '您好！为了保护您的隐私，售后问题我们在私聊里处理：请直接私聊我（点我的头像 → 发消息）。工单号、电话和地址都只在私聊里说。',
  en: 'Hi! To keep your details private, I handle after-sales questions in a private chat — please message me directly (tap my avatar → Message). Ticket numbers, phone numbers and addresses stay out of the group.',
};

/**
 * In a group chat the bot never runs the script: a ticket, a phone number or an address must not
 * reach the other members (seed digest: never leak personal information), so it invites the
 * customer to a private chat instead.
 */
export function groupPrivacy(): Middleware {
  return async function keepTicketsPrivate(turn, next) {
    if (!inGroup(turn.activity)) return next();
    if (turn.activity.type !== ActivityTypes.Message) return;
    await turn.sendActivity(CONTINUE_PRIVATELY[languageOf(turn)]);
  };
}

/** A group chat's message, which groupPrivacy stops (also asked before the turn opens: arrivalAtOpening). */
export function inGroup(activity: Partial<Activity>): boolean {
  return activity.conversation?.isGroup === true;
}
