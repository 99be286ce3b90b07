import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Log } from '../../log.js';
import type { Middleware } from '../compose.js';
import type { PerTurn } from '../per-turn.js';
import { languageOf } from '../turn-language.js';

export interface CustomerRateOptions {
  /** Messages one customer may send per window; more are not answered. */
  max: number;
  windowMs: number;
}

const SLOW_DOWN = {
  zh: '您发消息有点快，我需要一点时间处理 🙏 请稍等一分钟再发，之前的内容我都记着。',
  en: 'You’re sending messages a little fast for me 🙏 Please wait a minute before sending more — I still have everything you told me.',
};

/** Set on a turn the limit stopped, for callers that answer over HTTP (bot-framework-routes.ts). */
export const RATE_LIMITED = Symbol('customerRateLimited');

/** How long a limited customer should wait, for a Retry-After: at most one window. */
export function rateLimitedFor(turn: TurnContext): { retryAfterSeconds: number } | undefined {
  return turn.turnState.get(RATE_LIMITED) as { retryAfterSeconds: number } | undefined;
}

/**
 * A flood from one customer must not slow the others: counts are kept in the shared store, so the
 * limit holds however many processes the messages reach. The customer is told once per window;
 * answering every extra message would double the flood. A caller waiting for replies in its HTTP
 * response (deliveryMode expectReplies) gets a 429 from its route instead of the text. Every message
 * not answered is logged: nothing is dropped unseen.
 */
export function customerRateLimit(hitsOf: PerTurn<number>, options: CustomerRateOptions, log: Log): Middleware {
  return async function limitCustomer(turn, next) {
    if (turn.activity.type !== ActivityTypes.Message) return next();
    const hits = await hitsOf(turn);
    if (hits <= options.max) return next();
    turn.turnState.set(RATE_LIMITED, { retryAfterSeconds: Math.ceil(options.windowMs / 1000) });
    const told = hits === options.max + 1 && turn.activity.deliveryMode !== 'expectReplies';
    log.warn({
      code: 'CUSTOMER_RATE_LIMITED', channel: turn.activity.channelId, conversationId: turn.activity.conversation.id,
      activityId: turn.activity.id, hits, max: options.max, told,
    }, 'customer.rate.limited');
    if (told) await turn.sendActivity(SLOW_DOWN[languageOf(turn)]);
  };
}

/**
 * The window the turn's message counts against (undefined for other activities, which do not
 * count); the turn's opening counts it (src/bot/turn-boundary.ts), so a channel's retry of a message
 * counts too: it is traffic all the same.
 */
export function customerWindow(options: CustomerRateOptions): (turn: TurnContext) => { key: string; windowMs: number; max: number } | undefined {
  return ({ activity }) => (activity.type === ActivityTypes.Message
    ? { key: `${activity.channelId}:${activity.from?.id ?? activity.conversation.id}`, windowMs: options.windowMs, max: options.max }
    : undefined);
}
