import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { TurnLock } from './turn-lock.js';
import type { TurnArrival, TurnClosing, TurnStore } from './turn-store.js';
import type { TranscriptEntry } from './transcript.js';
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
   * The customer's rate window, counted by the opening's first attempt only and not again while the
   * lease is busy (a message that waits for the lease is counted once); absent for what does not count.
   */
  rateOf?: (turn: TurnContext) => { key: string; windowMs: number; max: number } | undefined;
  /**
   * The customer's transcript entry when the pipeline would record it (decided before the opening,
   * so the opening writes it: middleware/transcript.ts), or undefined to leave it to the pipeline.
   */
  arrivalOf?: (turn: TurnContext) => Pick<TurnArrival, 'transcript' | 'entry'> | undefined;
}

const DELIVERY = Symbol('turnDelivery');
const HITS = Symbol('turnHits');
const ARRIVAL = Symbol('turnArrival');
const REPLIES = Symbol('turnReplies');

/** This turn's claim on its delivery, as the opening returned it. */
export const deliveryOf: PerTurn<TurnDelivery> = async (turn) => {
  const delivery = turn.turnState.get(DELIVERY) as TurnDelivery | undefined;
  if (!delivery) throw new AppError('INTERNAL', 'A delivery was asked for outside a turn the boundary opened.');
  return delivery;
};

/** The customer's hits in the rate window as the opening counted them (0 when it counted none). */
export const hitsOf: PerTurn<number> = async (turn) => (turn.turnState.get(HITS) as number | undefined) ?? 0;

/** Whether the opening was handed the customer's entry (it wrote it, or found it a duplicate or over the limit). */
export function arrivalTaken(turn: TurnContext): boolean {
  return turn.turnState.get(ARRIVAL) === true;
}

/** The bot's transcript entries of the turn, written by its closing (in its step, as it ends well or badly). */
export function repliesAtClose(turn: TurnContext, transcript: string, entries: TranscriptEntry[]): void {
  turn.turnState.set(REPLIES, { transcript, entries } satisfies TurnClosing['replies']);
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
  const rate = deps.rateOf?.(turn);
  const arrival = deps.arrivalOf?.(turn);
  let hits: number | undefined;
  const opened = await waitFor(async () => {
    prefetch(turn, deps.alongside);
    const attempt = await deps.store.open({
      conversation, token, leaseMs: deps.lease.ttlMs, delivery,
      hit: rate && hits === undefined ? { key: rate.key, windowMs: rate.windowMs } : undefined,
      arrival: arrival && { ...arrival, maxHits: rate?.max, hits },
    });
    hits ??= attempt.hits;
    if (attempt.leased) return attempt;
    // Read before a lease that was not had: ask again with the next attempt.
    for (const lookup of deps.alongside) lookup.forget?.(turn);
    return undefined;
  }, conversation, deps.lease);
  turn.turnState.set(DELIVERY, { claim: opened.claim, key: delivery?.id, token: delivery?.token ?? token } satisfies TurnDelivery);
  turn.turnState.set(HITS, hits ?? 0);
  turn.turnState.set(ARRIVAL, arrival !== undefined);
  deps.state.adopt(turn, opened.state);
  const renewal = keepRenewing(deps.lock, conversation, token, deps.lease.ttlMs);
  const replies = () => turn.turnState.get(REPLIES) as TurnClosing['replies'];
  let closed = false;
  try {
    await work();
    const json = opened.claim === 'refused' ? undefined : deps.state.changes(turn);
    const done = delivery && opened.claim !== 'refused' ? delivery : undefined;
    const closing = deps.store.close({ conversation, token, state: json === undefined ? undefined : { json }, delivery: done, replies: replies() });
    closed = true;
    await closing;
  } finally {
    clearInterval(renewal);
    if (!closed) {
      // A release that fails (the store went away) is harmless: the lease expires on its own; the
      // replies are lost with it, as a failed append would lose them.
      await deps.store.close({ conversation, token, replies: replies() }).catch(() => undefined);
    }
  }
}
