import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { Middleware } from '../compose.js';
import type { TurnLock } from '../turn-lock.js';

export interface TurnLockOptions {
  /** Longer than any healthy turn; after a crash the conversation is blocked this long at most. */
  ttlMs: number;
  /** How long a second message of the same conversation waits for the first turn to finish. */
  waitMs: number;
}

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
    try {
      await next();
    } finally {
      // A release that fails (the store went away) is harmless: the lease expires on its own.
      await lock.release(key, token).catch(() => false);
    }
  };
}

/** The lease's key: also taken by work outside a turn that must not interleave with one (a deletion request). */
export function turnLockKey(channel: string, conversationId: string): string {
  return `${channel}/${conversationId}`;
}

/** Retries with growing, jittered pauses, so a message that arrives mid-turn waits its turn instead of being dropped. */
export async function waitForLease(lock: TurnLock, key: string, token: string, options: TurnLockOptions): Promise<void> {
  const deadline = Date.now() + options.waitMs;
  let pause = FIRST_RETRY_MS;
  while (!(await lock.tryAcquire(key, token, options.ttlMs))) {
    if (Date.now() >= deadline) {
      throw new AppError('TURN_LOCK_TIMEOUT', undefined, { details: { key, waitMs: options.waitMs } });
    }
    await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    pause = Math.min(pause * 2, LONGEST_RETRY_MS);
  }
}
