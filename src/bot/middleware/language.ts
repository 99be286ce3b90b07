import { ActivityTypes, type StatePropertyAccessor } from 'botbuilder';
import type { Middleware } from '../compose.js';
import type { ConversationProfile } from '../conversation-profile.js';
import { detectLanguage } from '../detect-language.js';
import { withoutFieldValues } from '../../understand/language-neutral.js';
import { normalize } from '../../understand/normalize.js';
import { setTurnLanguage } from '../turn-language.js';
import type { Language } from '../../language.js';

/**
 * Keeps one language per conversation: the first message decides, and a later message switches it
 * only when it is clearly written in the other language (an "ok" inside a Chinese chat does not, nor a
 * Chinese address pasted into an English chat).
 */
export function languageDetection(profile: StatePropertyAccessor<ConversationProfile>): Middleware {
  return async function chooseLanguage(turn, next) {
    const state = await profile.get(turn, {});
    const text = turn.activity.type === ActivityTypes.Message ? turn.activity.text ?? '' : '';
    if (!state.language || couldSwitch(state.language, text)) {
      // Once the conversation has a language, a pasted address or name does not change it: only the words around it do.
      const own = state.language ? withoutFieldValues(text) : text;
      const detected = detectLanguage(own);
      const clear = detected === 'zh' ? /\p{Script=Han}.*\p{Script=Han}/u.test(own) : (own.match(/[a-z]{2,}/gi) ?? []).length >= 2;
      if (detected && (!state.language || clear)) state.language = detected;
    }
    const fromLocale: Language | undefined = turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : undefined;
    setTurnLanguage(turn, state.language ?? fromLocale ?? 'zh');
    return next();
  };
}

/**
 * Whether the reply could clearly be in the other language. withoutFieldValues (a name and an
 * address reading, on every message) leaves a part of the normalised text, so a Chinese chat switches
 * only on a reply with Latin words in it, and an English one only on a reply with two Han characters.
 */
function couldSwitch(language: Language, text: string): boolean {
  const { text: normal } = normalize(text);
  if (language === 'zh') return /[a-z]{2,}/i.test(normal);
  if (language === 'en') return /\p{Script=Han}[^]*\p{Script=Han}/u.test(normal);
  return true;
}
