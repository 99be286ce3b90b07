import { afterEach, beforeEach, expect } from 'vitest';
import { isAppError, type ErrorCode } from '../../src/errors.js';

/** What a contract suite gets from the implementation under test. */
export interface ContractFixture<T> {
  /** A fresh, empty store. */
  store: T;
  /** A second handle on the same data, as another process would hold it (its own connection). */
  peer: T;
  close(): Promise<void>;
}

/** Makes a fresh fixture before each case and closes it after. */
export function useFixture<F extends { close(): Promise<void> }>(make: () => Promise<F>): () => F {
  let current: F | undefined;
  beforeEach(async () => { current = await make(); });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('fixture used outside a test');
    return current;
  };
}

export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const outcome = await promise.then(() => undefined, (err: unknown) => err);
  expect(isAppError(outcome) ? outcome.code : outcome).toBe(code);
}

/** Of settled results, how many succeeded and the error codes of the rest. */
export function tally(results: PromiseSettledResult<unknown>[]): { won: number; codes: string[] } {
  const codes = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => (isAppError(r.reason) ? r.reason.code : String(r.reason)));
  return { won: results.length - codes.length, codes };
}
