import { ActivityTypes, type StatePropertyAccessor } from 'botbuilder';
import { readVariants } from '../../understand/variant.js';
import type { Middleware } from '../compose.js';
import type { ConversationProfile } from '../conversation-profile.js';

/**
 * Remembers the kind of product the customer names in any message ("滚筒洗衣机不排水", a later
 * "it's a top loader"), so the fix shows only the steps for it and the bot need not ask.
 */
export function variantMentions(profile: StatePropertyAccessor<ConversationProfile>): Middleware {
  return async function rememberVariants(turn, next) {
    const text = turn.activity.type === ActivityTypes.Message ? turn.activity.text ?? '' : '';
    const mentions = text ? readVariants(text) : [];
    if (mentions.length > 0) {
      const state = await profile.get(turn, {});
      state.variants = { ...state.variants, ...Object.fromEntries(mentions.map((m) => [m.product, m.variant])) };
    }
    return next();
  };
}
