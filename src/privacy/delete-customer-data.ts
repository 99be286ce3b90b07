import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { isAppError } from '../errors.js';
import type { Stores } from '../store/stores.js';
import type { AttachmentStore } from '../tickets/attachment-store.js';
import { conversationStateKey } from '../bot/storage-bot-resumer.js';
import { conversationKey } from '../bot/conversation-key.js';
import { turnLockKey, waitForLease, type TurnLockOptions } from '../bot/middleware/turn-lock.js';
import { ANONYMISED, type Ticket } from '../tickets/ticket.js';
import { DeletionJobs, type CustomerKey, type DeletionCounts, type DeletionJob } from './deletion-job.js';

export type { CustomerKey, DeletionCounts } from './deletion-job.js';

export interface DeleteCustomerDataDeps {
  stores: Pick<Stores, 'storage' | 'tickets' | 'transcripts' | 'handoffs' | 'conversationEvents' | 'turnLock' | 'unanswered'>;
  clock: Clock;
  turnLock: TurnLockOptions;
  /** The files customers sent; a ticket holds only their references. */
  files: Pick<AttachmentStore, 'delete'>;
  /** Ends the customer's sessions on their channel (web chat tokens), so nobody holding one writes on. */
  revokeSessions?: (customer: CustomerKey) => Promise<void>;
  /** State keys a channel keeps per conversation besides the bot's (WeChat's numbered choices). */
  channelStateKeys?: (channel: string, conversationId: string) => string[];
}

export interface DeletionOutcome {
  /** done: nothing of the customer is left; pending: a conversation was busy in a turn and is retried. */
  status: 'done' | 'pending';
  deleted: DeletionCounts;
  pendingConversations: number;
}

/** Far above any one customer's tickets; the list is newest first, so nothing recent is missed. */
const TICKET_SCAN_LIMIT = 1000;

/**
 * A customer's deletion request, as a job that can stop and resume. Tickets go first — they stay as
 * the service record with name, phone, address, history notes and files removed, so product,
 * dates, status and rating still count — because they need no turn lock and hold the most.
 * Then each conversation is cleared under its turn lock (state, transcript, pending handoff,
 * unanswered questions), so a turn in flight cannot write it back; a conversation whose turn
 * holds the lock too long stays pending, saved with the job, and is retried instead of failing
 * the request half-way. Last, the customer's id leaves the dashboard events.
 */
export async function deleteCustomerData(customer: CustomerKey, deps: DeleteCustomerDataDeps): Promise<DeletionOutcome> {
  const jobs = new DeletionJobs(deps.stores.storage);
  await deps.revokeSessions?.(customer);
  const job = await jobs.get(customer) ?? await startJob(customer, deps);
  await jobs.save(job);

  for (const ticketId of job.ticketIds) {
    const ticket = await deps.stores.tickets.get(ticketId);
    if (ticket) await anonymise(ticket, job, deps);
  }
  for (const conversationId of [...job.pendingConversations]) {
    try {
      await underTurnLock(customer.channel, conversationId, deps, () => clearConversation(customer, conversationId, job, deps));
    } catch (err) {
      if (!isAppError(err, 'TURN_LOCK_TIMEOUT')) throw err;
      continue;
    }
    job.pendingConversations = job.pendingConversations.filter((id) => id !== conversationId);
    await jobs.save(job);
  }
  if (job.pendingConversations.length) return { status: 'pending', deleted: job.counts, pendingConversations: job.pendingConversations.length };

  job.counts.conversationEvents += await deps.stores.conversationEvents.forgetUser(customer);
  await jobs.finish(customer);
  return { status: 'done', deleted: job.counts, pendingConversations: 0 };
}

async function startJob(customer: CustomerKey, deps: DeleteCustomerDataDeps): Promise<DeletionJob> {
  const tickets = await deps.stores.tickets.list({ customer, limit: TICKET_SCAN_LIMIT });
  const handoffs = (await deps.stores.handoffs.list()).filter((request) => sameCustomer(request.customer, customer));
  const conversationIds = [...new Set([
    ...tickets.map((ticket) => ticket.customer.conversationId),
    ...handoffs.map((request) => request.customer.conversationId),
    ...await startedConversations(customer, deps),
  ])];
  return {
    customer,
    startedAt: deps.clock.now().toISOString(),
    ticketIds: tickets.map((ticket) => ticket.id),
    pendingConversations: conversationIds,
    counts: {
      conversations: conversationIds.length, conversationStates: 0, transcriptEntries: 0, handoffRequests: 0,
      ticketsAnonymised: 0, unansweredQuestions: 0, attachmentFiles: 0, conversationEvents: 0,
    },
  };
}

async function clearConversation(customer: CustomerKey, conversationId: string, job: DeletionJob, deps: DeleteCustomerDataDeps): Promise<void> {
  const { stores } = deps;
  const scoped = conversationKey(customer.channel, conversationId);
  const handoff = await stores.handoffs.get(scoped);
  if (handoff && sameCustomer(handoff.customer, customer)) {
    await stores.handoffs.release(scoped);
    job.counts.handoffRequests += 1;
  }
  const key = conversationStateKey({ channel: customer.channel, conversationId });
  if ((await stores.storage.read([key]))[key]) job.counts.conversationStates += 1;
  await stores.storage.delete([key, ...deps.channelStateKeys?.(customer.channel, conversationId) ?? []]);
  job.counts.transcriptEntries += await stores.transcripts.delete(scoped);
  job.counts.unansweredQuestions += await stores.unanswered.forgetConversations([{ channel: customer.channel, conversationId }]);
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

/** Anything personal left on the ticket: the contact fields, a note in its history, a file. */
function needsAnonymising(ticket: Ticket): boolean {
  return !ticket.anonymisedAt || ticket.history.some((event) => event.note !== undefined) || Boolean(ticket.attachments?.length);
}

/**
 * Files first (a crash after leaves refs to nothing, never files without a ticket naming them), then
 * the ticket saved against the read version; on a concurrent change (the SLA clock, an agent) re-read and retry.
 */
async function anonymise(ticket: Ticket, job: DeletionJob, deps: DeleteCustomerDataDeps): Promise<void> {
  let current: Ticket | undefined = ticket;
  for (let attempt = 0; current && needsAnonymising(current); attempt += 1) {
    for (const attachment of current.attachments ?? []) if (await deps.files.delete(attachment.ref)) job.counts.attachmentFiles += 1;
    try {
      await deps.stores.tickets.save({
        ...current, ...ANONYMISED, anonymisedAt: current.anonymisedAt ?? deps.clock.now().toISOString(),
        history: current.history.map(({ note: _note, ...event }) => event), attachments: undefined,
      });
      job.counts.ticketsAnonymised += 1;
      return;
    } catch (err) {
      if (!isAppError(err, 'STORE_CONFLICT') || attempt === 2) throw err;
      current = await deps.stores.tickets.get(ticket.id);
    }
  }
}
