import type { TurnContext } from 'botbuilder';

/** A store read or claim a turn needs, started at most once per turn and shared by whoever asks. */
export type PerTurn<T> = ((turn: TurnContext) => Promise<T>) & {
  /** Drops the answer, so the next call asks again (a lookup started before a lease that was not had). */
  forget?: (turn: TurnContext) => void;
};

/**
 * Memoizes `compute` in the turn's state. The turn's prefetch starts several of these in one tick, so
 * their Redis commands leave in one write and share one round trip; the middleware that needs each
 * answer awaits the same promise later instead of asking again.
 */
export function perTurn<T>(name: string, compute: (turn: TurnContext) => Promise<T>): PerTurn<T> {
  const slot = Symbol(name);
  const lookup: PerTurn<T> = (turn) => {
    let started = turn.turnState.get(slot) as Promise<T> | undefined;
    if (!started) {
      started = compute(turn);
      turn.turnState.set(slot, started);
    }
    return started;
  };
  lookup.forget = (turn) => { turn.turnState.delete(slot); };
  return lookup;
}

/**
 * Starts every lookup without waiting for it. A failure stays with its promise for the middleware
 * that awaits it (which decides what it means); marking it handled here keeps Node from treating it
 * as an unhandled rejection in the meantime.
 */
export function prefetch(turn: TurnContext, lookups: readonly PerTurn<unknown>[]): void {
  for (const lookup of lookups) lookup(turn).catch(() => undefined);
}
