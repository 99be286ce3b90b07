import { ActivityTypes, type Activity } from 'botbuilder';
import type { Middleware } from '../compose.js';
import { languageOf } from '../turn-language.js';

const TOO_LONG = {
  zh: '消息有点长，我一次读不完 😅 能简要说一下遇到的问题吗？（{max} 字以内）',
  en: 'That message is a bit long for me to read in one go 😅 Could you sum up the problem in under {max} characters?',
};
const NO_TEXT = {
  zh: '我目前只能看懂文字消息，麻烦用文字描述一下问题好吗？',
  en: 'I can only read text messages for now — could you describe the problem in words?',
};

/** Refuses what the dialogs cannot use — oversized or text-less messages — politely and without touching state. */
export function inputGuard(maxChars: number): Middleware {
  return async function guardInput(turn, next) {
    const { activity } = turn;
    if (activity.type !== ActivityTypes.Message) return next();
    const text = (activity.text ?? '').trim();
    const language = languageOf(turn);
    if (text.length > maxChars) {
      await turn.sendActivity(TOO_LONG[language].replace('{max}', String(maxChars)));
      return;
    }
    if (!text && !activity.value) {
      await turn.sendActivity(NO_TEXT[language]);
      return;
    }
    activity.text = text || String(activity.value ?? '');
    return next();
  };
}

/**
 * The text a message goes on with past inputGuard (trimmed, or its card value), undefined when the
 * guard refuses it; also asked before the turn opens (arrivalAtOpening).
 */
export function admittedText(activity: Partial<Activity>, maxChars: number): string | undefined {
  const text = (activity.text ?? '').trim();
  if (text.length > maxChars || (!text && !activity.value)) return undefined;
  return text || String(activity.value ?? '');
}
