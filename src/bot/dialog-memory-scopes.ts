import type { TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs';

// botbuilder-dialogs' turn-state key for it (lib/memory/dialogStateManager.js), not exported by the package.
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * botbuilder-dialogs builds its memory scopes and path resolvers anew in every turn (a service
 * collection, nine scope objects, five resolvers) unless the turn already carries them. They hold no
 * per-turn data — each reads the dialog context it is handed — so the set the first turn built is
 * lent to every later one.
 */
export class DialogMemoryScopes {
  #configuration?: DialogStateManagerConfiguration;

  /** Before the turn's first dialog context. */
  lend(turn: TurnContext): void {
    if (this.#configuration && !turn.turnState.has(CONFIGURATION_KEY)) turn.turnState.set(CONFIGURATION_KEY, this.#configuration);
  }

  /** After a turn: keeps the set that turn built, if none is kept yet. */
  keep(turn: TurnContext): void {
    this.#configuration ??= turn.turnState.get(CONFIGURATION_KEY) as DialogStateManagerConfiguration | undefined;
  }
}
