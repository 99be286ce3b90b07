import type { StoreItem } from 'botbuilder';
import type { DeliveryClaim } from './delivery-log.js';

/**
 * What every turn reads at its start and writes at its end, each in one step: the conversation's
 * lease, the claim on the inbound delivery and the conversation state go together, so a turn costs
 * one round trip to begin and one to finish instead of one per concern. Keys are shared with the
 * TurnLock (the lease: `conversation` is its key) and the Storage port (the state: `conversation`
 * is ConversationState's key), so work outside turns that takes the lease or reads the state
 * through those ports sees the same records.
 * Implementations: RedisTurnStore (one script each), SqliteTurnStore (one transaction each);
 * contract: test/contracts/turn-store.contract.ts.
 */
export interface TurnStore {
  /** Takes the lease; only then claims the delivery and reads the state. `leased: false` while another token holds it. */
  open(opening: TurnOpening): Promise<TurnOpened>;
  /**
   * Writes the state when given, marks the delivery done and frees the lease, each only for its own
   * token. STORE_CONFLICT, with nothing written or marked (the lease still freed if held), on a
   * stale eTag or when the lease passed to another token meanwhile (the turn outlived it).
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
}

/** The state as stored: `json` is the exact text without the eTag, so "changed?" is one string comparison. */
export interface StoredState {
  item: StoreItem;
  json: string;
}

export type TurnOpened = { leased: false } | { leased: true; claim: DeliveryClaim; state?: StoredState };

export interface TurnClosing {
  conversation: string;
  token: string;
  /** The new state as JSON without its eTag; `eTag` as in Storage.write (absent or '*' writes always). Absent: unchanged. */
  state?: { json: string; eTag?: string };
  /** The claim to mark done; absent when the delivery was refused or had no id. */
  delivery?: { id: string; token: string; keepMs: number };
}

/** The state's text as a TurnStore compares and stores it: everything but the eTag, which the store keeps beside it. */
export function stateJson(item: StoreItem): string {
  const { eTag: _eTag, ...rest } = item;
  return JSON.stringify(rest);
}
