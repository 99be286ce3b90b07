import type { TurnContext } from 'botbuilder';

/** A step of the turn pipeline: do something, then call next() to go on, or return to stop the turn. */
export type Middleware = (turn: TurnContext, next: () => Promise<void>) => Promise<void>;

/**
 * Runs middleware in order, each deciding whether the rest runs. Calling next() twice is a bug
 * (the rest of the turn would run twice and answer the customer twice), so it throws.
 */
export function compose(middleware: readonly Middleware[]): Middleware {
  return (turn, last) => {
    let index = -1;
    const dispatch = async (i: number): Promise<void> => {
      if (i <= index) throw new Error('next() called more than once in one middleware');
      index = i;
      const handler = i === middleware.length ? last : middleware[i];
      await handler(turn, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
