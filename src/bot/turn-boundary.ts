import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { TurnLock } from './turn-lock.js';
import type { TurnStore } from './turn-store.js';
import type { TurnConversationState } from './turn-conversation-state.js';
import { keepRenewing, waitFor, type TurnLockOptions } from './middleware/turn-lock.js';
import type { DeliveryOptions, TurnDelivery } from './middleware/dedupe.js';
import { prefetch, type PerTurn } from './per-turn.js';
import { AppError } from '../errors.js';

export interface TurnBoundaryDeps {
  store: TurnStore;
  /** Renews the lease the store's opening took (same key). */
  lock: TurnLock;
  state: TurnConversationState;
  lease: TurnLockOptions;
  delivery: DeliveryOptions;
  /** Lookups that leave with the opening (reads that need no lease, e.g. the agents' queue). */
  alongside: readonly PerTurn<unknown>[];
  /**
   * Work that leaves with the first attempt at the opening only and is not asked again while the
   * lease is busy (the customer-rate count: a message that waits for the lease is counted once).
   */
  withFirstAttempt?: readonly PerTurn<unknown>[];
}

const DELIVERY = Symbol('turnDelivery');
const CLOSING_WRITES = Symbol('closingWrites');

/** This turn's claim on its delivery, as the opening returned it. */
export const deliveryOf: PerTurn<TurnDelivery> = async (turn) => {
  const delivery = turn.turnState.get(DELIVERY) as TurnDelivery | undefined;
  if (!delivery) throw new AppError('INTERNAL', 'A delivery was asked for outside a turn the boundary opened.');
  return delivery;
};

/**
 * A write that should leave with the turn's closing (the bot's transcript entries): issued in the
 * same tick, so it shares the closing's round trip, and awaited with it.
 */
export function writeAtClose(turn: TurnContext, write: Promise<void>): void {
  const writes = turn.turnState.get(CLOSING_WRITES) as Promise<void>[] | undefined;
  if (writes) writes.push(write);
  else turn.turnState.set(CLOSING_WRITES, [write]);
}

/**
 * Runs `work` between one opening (lease, delivery claim, state) and one closing (state, delivery
 * done, lease freed), renewing the lease meanwhile. A failed turn frees the lease only: its state
 * is not written and its delivery stays unfinished, so the channel's retry is handled once the
 * claim's lease lapses, as before.
 */
export async function withinTurn(deps: TurnBoundaryDeps, turn: TurnContext, work: () => Promise<void>): Promise<void> {
  const { activity } = turn;
  const conversation = deps.state.keyOf(turn);
  const token = randomUUID();
  const delivery = activity.id ? { id: activity.id, token: randomUUID(), leaseMs: deps.delivery.leaseMs, keepMs: deps.delivery.keepMs } : undefined;
  let first = true;
  const opened = await waitFor(async () => {
    prefetch(turn, deps.alongside);
    if (first && deps.withFirstAttempt) prefetch(turn, deps.withFirstAttempt);
    first = false;
    const attempt = await deps.store.open({ conversation, token, leaseMs: deps.lease.ttlMs, delivery });
    if (attempt.leased) return attempt;
    // Read before a lease that was not had: ask again with the next attempt.
    for (const lookup of deps.alongside) lookup.forget?.(turn);
    return undefined;
  }, conversation, deps.lease);
  turn.turnState.set(DELIVERY, { claim: opened.claim, key: delivery?.id, token: delivery?.token ?? token } satisfies TurnDelivery);
  deps.state.adopt(turn, opened.state);
  const renewal = keepRenewing(deps.lock, conversation, token, deps.lease.ttlMs);
  let closed = false;
  try {
    await work();
    const json = opened.claim === 'refused' ? undefined : deps.state.changes(turn);
    const done = delivery && opened.claim !== 'refused' ? delivery : undefined;
    const closing = deps.store.close({ conversation, token, state: json === undefined ? undefined : { json }, delivery: done });
    closed = true;
    await Promise.all([closing, ...((turn.turnState.get(CLOSING_WRITES) as Promise<void>[] | undefined) ?? [])]);
  } finally {
    clearInterval(renewal);
    if (!closed) {
      await Promise.allSettled((turn.turnState.get(CLOSING_WRITES) as Promise<void>[] | undefined) ?? []);
      // A release that fails (the store went away) is harmless: the lease expires on its own.
      await deps.store.close({ conversation, token }).catch(() => undefined);
    }
  }
}
