import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { Middleware } from '../compose.js';
import type { TurnLock } from '../turn-lock.js';
import { conversationStateKey } from '../storage-bot-resumer.js';

export interface TurnLockOptions {
  /** Longer than any healthy turn; after a crash the conversation is blocked this long at most. */
  ttlMs: number;
  /** How long a second message of the same conversation waits for the first turn to finish. */
  waitMs: number;
}

/** Renewed three times per TTL, so two renewals in a row may be slow or fail before the lease lapses. */
const RENEWALS_PER_TTL = 3;
const FIRST_RETRY_MS = 10;
const LONGEST_RETRY_MS = 200;

/**
 * One turn at a time per conversation, whichever process the message reached: without it two
 * messages sent quickly would each load the same state, and one turn's answers would be lost or
 * the second write refused. Wraps load → dialogs → save, so it stands outside the pipeline.
 */
export function serializeTurns(lock: TurnLock, options: TurnLockOptions): Middleware {
  return async function oneTurnAtATime(turn, next) {
    const key = turnLockKey(turn.activity.channelId, turn.activity.conversation.id);
    const token = randomUUID();
    await waitForLease(lock, key, token, options);
    const renewal = keepRenewing(lock, key, token, options.ttlMs);
    try {
      await next();
    } finally {
      clearInterval(renewal);
      // A release that fails (the store went away) is harmless: the lease expires on its own.
      await lock.release(key, token).catch(() => false);
    }
  };
}

/**
 * The TTL only bounds how long a crashed holder blocks the conversation; a live turn that outlasts it
 * (a slow channel, a slow model) keeps the lease by renewing it, so no second turn runs beside it.
 * A failed renewal is retried on the next tick; if the lease is lost all the same, the state write's
 * eTag still refuses the later of two writers.
 */
export function keepRenewing(lock: TurnLock, key: string, token: string, ttlMs: number): NodeJS.Timeout {
  const timer = setInterval(() => { lock.renew(key, token, ttlMs).catch(() => false); }, Math.max(1, ttlMs / RENEWALS_PER_TTL));
  // A pending renewal must not keep a stopping process alive.
  timer.unref();
  return timer;
}

/**
 * The lease's key: also taken by work outside a turn that must not interleave with one (a deletion
 * request). It is the conversation state's key, so a store can keep the two side by side (TurnStore).
 */
export function turnLockKey(channel: string, conversationId: string): string {
  return conversationStateKey({ channel, conversationId });
}

/** Retries with growing, jittered pauses, so a message that arrives mid-turn waits its turn instead of being dropped. */
export async function waitForLease(lock: TurnLock, key: string, token: string, options: TurnLockOptions): Promise<void> {
  await waitFor(async () => (await lock.tryAcquire(key, token, options.ttlMs)) || undefined, key, options);
}

/** `attempt` until it gives the lease (a value), as waitForLease; the turn store's opening takes more than the lease. */
export async function waitFor<T>(attempt: () => Promise<T | undefined>, key: string, options: TurnLockOptions): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  let pause = FIRST_RETRY_MS;
  for (;;) {
    const held = await attempt();
    if (held !== undefined) return held;
    if (Date.now() >= deadline) {
      throw new AppError('TURN_LOCK_TIMEOUT', undefined, { details: { key, waitMs: options.waitMs } });
    }
    await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    pause = Math.min(pause * 2, LONGEST_RETRY_MS);
  }
}
