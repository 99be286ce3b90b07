import type { TurnContext } from 'botbuilder';
import type { Language } from '../language.js';

const LANGUAGE_KEY = Symbol('language');

/** The language chosen for this turn by the language middleware; Chinese until the customer shows otherwise. */
export function languageOf(turn: TurnContext): Language {
  return turn.turnState.get(LANGUAGE_KEY) ?? 'zh';
}

export function setTurnLanguage(turn: TurnContext, language: Language): void {
  turn.turnState.set(LANGUAGE_KEY, language);
}
