import { ActivityTypes } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { RateCounter } from '../rate-counter.js';
import { perTurn, type PerTurn } from '../per-turn.js';
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

/**
 * A flood from one customer must not slow the others: counts are kept in the shared store, so the
 * limit holds however many processes the messages reach. The customer is told once per window;
 * answering every extra message would double the flood.
 */
export function customerRateLimit(hitsOf: PerTurn<number>, options: CustomerRateOptions): Middleware {
  return async function limitCustomer(turn, next) {
    if (turn.activity.type !== ActivityTypes.Message) return next();
    const hits = await hitsOf(turn);
    if (hits <= options.max) return next();
    if (hits === options.max + 1) await turn.sendActivity(SLOW_DOWN[languageOf(turn)]);
  };
}

/**
 * Counts the turn's message against its customer's window (0 for other activities, which do not
 * count). Started with the turn's other reads, so a channel's retry of a message counts too: it is
 * traffic all the same.
 */
export function customerHits(counter: RateCounter, options: CustomerRateOptions): PerTurn<number> {
  return perTurn('customerHits', ({ activity }) => (activity.type === ActivityTypes.Message
    ? counter.hit(`${activity.channelId}:${activity.from?.id ?? activity.conversation.id}`, options.windowMs)
    : Promise.resolve(0)));
}
