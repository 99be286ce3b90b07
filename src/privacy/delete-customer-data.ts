import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { isAppError } from '../errors.js';
import type { Stores } from '../store/stores.js';
import { conversationStateKey } from '../bot/storage-bot-resumer.js';
import { conversationKey } from '../bot/conversation-key.js';
import { turnLockKey, waitForLease, type TurnLockOptions } from '../bot/middleware/turn-lock.js';
import { ANONYMISED, type Ticket } from '../tickets/ticket.js';

/** A customer as a channel knows them. */
export interface CustomerKey {
  channel: string;
  userId: string;
}

export interface DeletionCounts {
  /** Distinct conversations of the customer found through tickets, handoff requests and conversation events. */
  conversations: number;
  conversationStates: number;
  transcriptEntries: number;
  handoffRequests: number;
  ticketsAnonymised: number;
}

export interface DeleteCustomerDataDeps {
  stores: Pick<Stores, 'storage' | 'tickets' | 'transcripts' | 'handoffs' | 'conversationEvents' | 'turnLock'>;
  clock: Clock;
  turnLock: TurnLockOptions;
}

/** Far above any one customer's tickets; the list is newest first, so nothing recent is missed. */
const TICKET_SCAN_LIMIT = 1000;

/**
 * A customer's deletion request: their conversation state, transcripts and pending handoff go;
 * their tickets stay as the service record with name, phone and address blanked, so product,
 * dates, status and rating still count in the statistics. Each conversation is held under the
 * turn lock while it is cleared, so a turn in flight cannot write the state back afterwards.
 */
export async function deleteCustomerData(customer: CustomerKey, deps: DeleteCustomerDataDeps): Promise<DeletionCounts> {
  const { stores } = deps;
  const tickets = await stores.tickets.list({ customer, limit: TICKET_SCAN_LIMIT });
  const handoffs = (await stores.handoffs.list()).filter((request) => sameCustomer(request.customer, customer));
  const conversationIds = new Set([
    ...tickets.map((ticket) => ticket.customer.conversationId),
    ...handoffs.map((request) => request.customer.conversationId),
    ...await startedConversations(customer, deps),
  ]);
  const counts: DeletionCounts = { conversations: conversationIds.size, conversationStates: 0, transcriptEntries: 0, handoffRequests: 0, ticketsAnonymised: 0 };
  for (const conversationId of conversationIds) {
    await underTurnLock(customer.channel, conversationId, deps, async () => {
      const held = handoffs.find((request) => request.customer.conversationId === conversationId);
      if (held) {
        await stores.handoffs.release(held.conversationId);
        counts.handoffRequests += 1;
      }
      const key = conversationStateKey({ channel: customer.channel, conversationId });
      if ((await stores.storage.read([key]))[key]) counts.conversationStates += 1;
      await stores.storage.delete([key]);
      counts.transcriptEntries += await stores.transcripts.delete(conversationKey(customer.channel, conversationId));
    });
  }
  const at = deps.clock.now().toISOString();
  for (const ticket of tickets) {
    if (!ticket.anonymisedAt && await anonymise(ticket, at, deps)) counts.ticketsAnonymised += 1;
  }
  return counts;
}

function sameCustomer(a: CustomerKey, b: CustomerKey): boolean {
  return a.channel === b.channel && a.userId === b.userId;
}

/** Conversations without a ticket or handoff are known only from their `started` event, which names the customer. */
async function startedConversations(customer: CustomerKey, deps: DeleteCustomerDataDeps): Promise<string[]> {
  const events = await deps.stores.conversationEvents.list({ from: new Date(0), to: new Date(deps.clock.now().getTime() + 1) });
  return events.filter((event) => event.kind === 'started' && event.channel === customer.channel && event.userId === customer.userId)
    .map((event) => event.conversationId);
}

async function underTurnLock(channel: string, conversationId: string, deps: DeleteCustomerDataDeps, work: () => Promise<void>): Promise<void> {
  const key = turnLockKey(channel, conversationId);
  const token = randomUUID();
  await waitForLease(deps.stores.turnLock, key, token, deps.turnLock);
  try {
    await work();
  } finally {
    // As in a turn: a failed release is harmless, the lease expires on its own.
    await deps.stores.turnLock.release(key, token).catch(() => false);
  }
}

/** Saved against the read version; on a concurrent change (the SLA clock, an agent) re-read and retry. */
async function anonymise(ticket: Ticket, at: string, deps: DeleteCustomerDataDeps): Promise<boolean> {
  let current: Ticket | undefined = ticket;
  for (let attempt = 0; current && !current.anonymisedAt; attempt += 1) {
    try {
      await deps.stores.tickets.save({ ...current, ...ANONYMISED, anonymisedAt: at });
      return true;
    } catch (err) {
      if (!isAppError(err, 'STORE_CONFLICT') || attempt === 2) throw err;
      current = await deps.stores.tickets.get(ticket.id);
    }
  }
  return false;
}
