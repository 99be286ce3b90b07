import { ActivityTypes, type StatePropertyAccessor } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { ConversationProfile } from '../conversation-profile.js';
import { detectLanguage } from '../detect-language.js';
import { setTurnLanguage } from '../turn-language.js';
import type { Language } from '../../language.js';

/**
 * Keeps one language per conversation: the first message decides, and a later message switches it
 * only when it is clearly written in the other language (an "ok" inside a Chinese chat does not).
 */
export function languageDetection(profile: StatePropertyAccessor<ConversationProfile>): Middleware {
  return async function chooseLanguage(turn, next) {
    const state = await profile.get(turn, {});
    const text = turn.activity.type === ActivityTypes.Message ? turn.activity.text ?? '' : '';
    const detected = detectLanguage(text);
    const clear = detected === 'zh' ? /\p{Script=Han}.*\p{Script=Han}/u.test(text) : (text.match(/[a-z]{2,}/gi) ?? []).length >= 2;
    if (detected && (!state.language || clear)) state.language = detected;
    const fromLocale: Language | undefined = turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : undefined;
    setTurnLanguage(turn, state.language ?? fromLocale ?? 'zh');
    return next();
  };
}
