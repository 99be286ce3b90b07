import type { TurnContext } from 'botbuilder';
import type { Language } from '../language.js';

const LANGUAGE_KEY = Symbol('language');

/** The language chosen for this turn by the language middleware; Chinese until the customer shows otherwise. */
export function languageOf(turn: TurnContext): Language {
  return turn.turnState.get(LANGUAGE_KEY) ?? 'zh';
}

/** The language the middleware chose, or undefined when the turn failed before it ran (e.g. the store was down). */
export function chosenLanguage(turn: TurnContext): Language | undefined {
  return turn.turnState.get(LANGUAGE_KEY);
}

export function setTurnLanguage(turn: TurnContext, language: Language): void {
  turn.turnState.set(LANGUAGE_KEY, language);
}
