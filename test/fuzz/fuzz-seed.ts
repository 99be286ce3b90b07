import fc from 'fast-check';

/**
 * The same inputs on every run, so `npm test` stays deterministic; explore new ones with
 * `FUZZ_SEED=<n> npx vitest run test/fuzz`. A failure prints its seed and path to replay it.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
fc.configureGlobal({ seed: FUZZ_SEED });
