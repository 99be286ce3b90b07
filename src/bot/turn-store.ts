import type { StoreItem } from 'botbuilder';
import type { DeliveryClaim } from './delivery-log.js';
import type { TranscriptEntry } from './transcript.js';

/**
 * What every turn reads at its start and writes at its end, each in one step: the conversation's
 * lease, the claim on the inbound delivery and the conversation state go together, so a turn costs
 * one round trip to begin and one to finish instead of one per concern. Keys are shared with the
 * TurnLock (the lease: `conversation` is its key) and the Storage port (the state: `conversation`
 * is ConversationState's key), so work outside turns that takes the lease or reads the state
 * through those ports sees the same records. The customer's rate hit and the turn's transcript
 * entries (the arrival at the opening, the replies at the closing) ride in the same steps, over the
 * records of RateCounter and TranscriptStore.
 * Implementations: RedisTurnStore (one script each), SqliteTurnStore (one transaction each);
 * contract: test/contracts/turn-store.contract.ts.
 */
export interface TurnStore {
  /**
   * Counts the rate hit when given; takes the lease; only then claims the delivery, records the
   * arrival and reads the state. `leased: false` while another token holds it.
   */
  open(opening: TurnOpening): Promise<TurnOpened>;
  /**
   * Writes the state when given, marks the delivery done and frees the lease, each only for its own
   * token. STORE_CONFLICT, with nothing written or marked (the lease still freed if held), on a
   * stale eTag or when the lease passed to another token meanwhile (the turn outlived it). The
   * replies are appended in every case: what the customer was sent is recorded.
   */
  close(closing: TurnClosing): Promise<void>;
}

export interface TurnOpening {
  /** ConversationState's storage key, which is also the lease key (conversationStateKey). */
  conversation: string;
  token: string;
  leaseMs: number;
  /** The inbound activity's id and claim (DeliveryLog semantics); absent for an activity without an id. */
  delivery?: { id: string; token: string; leaseMs: number; keepMs: number };
  /**
   * One hit on the customer's rate window (RateCounter semantics, same records), counted whether or
   * not the lease is had: given with a message's first attempt only, so a message that waits is counted once.
   */
  hit?: { key: string; windowMs: number };
  /** The customer's message, recorded in the same step once the lease is held (see TurnArrival). */
  arrival?: TurnArrival;
}

/**
 * The customer's transcript entry, written by the opening so that a turn that dies later still has
 * it — but not for a refused delivery, nor past `maxHits` hits in the rate window (this opening's
 * hit, or `hits` counted by an earlier attempt), nor for a retry ('reclaimed') whose dead turn
 * already wrote it (a customer entry of the same text among the newest ARRIVAL_LOOKBACK_ENTRIES).
 */
export interface TurnArrival {
  /** The TranscriptStore's conversation id. */
  transcript: string;
  entry: TranscriptEntry;
  maxHits?: number;
  hits?: number;
}

/** How far back a retried delivery looks for its own customer entry; only a few turns can lie between. */
export const ARRIVAL_LOOKBACK_ENTRIES = 20;

/** The state as stored: `json` is the exact text without the eTag, so "changed?" is one string comparison. */
export interface StoredState {
  item: StoreItem;
  json: string;
}

/** `hits`: the window's count after this opening's `hit`, when one was given; `recorded`: whether the arrival was written. */
export type TurnOpened =
  | { leased: false; hits?: number }
  | { leased: true; claim: DeliveryClaim; state?: StoredState; hits?: number; recorded?: boolean };

export interface TurnClosing {
  conversation: string;
  token: string;
  /** The new state as JSON without its eTag; `eTag` as in Storage.write (absent or '*' writes always). Absent: unchanged. */
  state?: { json: string; eTag?: string };
  /** The claim to mark done; absent when the delivery was refused or had no id. */
  delivery?: { id: string; token: string; keepMs: number };
  /** The bot's transcript entries of the turn, appended whatever becomes of the state (as a TranscriptStore append). */
  replies?: { transcript: string; entries: TranscriptEntry[] };
}

/** The state's text as a TurnStore compares and stores it: everything but the eTag, which the store keeps beside it. */
export function stateJson(item: StoreItem): string {
  const { eTag: _eTag, ...rest } = item;
  return JSON.stringify(rest);
}

/** Whether an opening that had the lease records its arrival, before the retry's look-back (TurnArrival). */
export function arrivalDue(arrival: TurnArrival, claim: DeliveryClaim, hits: number | undefined): boolean {
  if (claim === 'refused') return false;
  const count = hits ?? arrival.hits;
  return arrival.maxHits === undefined || count === undefined || count <= arrival.maxHits;
}
