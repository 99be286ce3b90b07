import type { Storage } from 'botbuilder';
import { z } from 'zod';

/** A customer as a channel knows them. */
export interface CustomerKey {
  channel: string;
  userId: string;
}

export const DeletionCountsSchema = z.object({
  /** Distinct conversations of the customer found through tickets, handoff requests and conversation events. */
  conversations: z.number().int(),
  conversationStates: z.number().int(),
  transcriptEntries: z.number().int(),
  handoffRequests: z.number().int(),
  ticketsAnonymised: z.number().int(),
  unansweredQuestions: z.number().int(),
  attachmentFiles: z.number().int(),
  /** Dashboard events that named the customer: kept for the figures, without the id. */
  conversationEvents: z.number().int(),
});
export type DeletionCounts = z.infer<typeof DeletionCountsSchema>;

/** What a deletion still has to do, saved after every step so any process can finish it after a crash or a busy turn. */
export const DeletionJobSchema = z.object({
  customer: z.object({ channel: z.string(), userId: z.string() }),
  startedAt: z.iso.datetime(),
  ticketIds: z.array(z.string()),
  /** Conversations not yet cleared; each leaves once cleared under its turn lock. */
  pendingConversations: z.array(z.string()),
  counts: DeletionCountsSchema,
});
export type DeletionJob = z.infer<typeof DeletionJobSchema>;

const jobKey = (customer: CustomerKey) => `privacy/deletions/${encodeURIComponent(customer.channel)}/${encodeURIComponent(customer.userId)}`;
/** The unfinished jobs, so a process starting up resumes them. */
const INDEX_KEY = 'privacy/deletions';
const IndexSchema = z.object({ pending: z.array(z.object({ channel: z.string(), userId: z.string() })) });

/** Unfinished deletion jobs in the bot's shared state storage (SQLite or Redis, like conversation state). */
export class DeletionJobs {
  constructor(private readonly storage: Storage) {}

  async get(customer: CustomerKey): Promise<DeletionJob | undefined> {
    const key = jobKey(customer);
    const parsed = DeletionJobSchema.safeParse((await this.storage.read([key]))[key]);
    return parsed.success ? parsed.data : undefined;
  }

  async save(job: DeletionJob): Promise<void> {
    await this.storage.write({ [jobKey(job.customer)]: { ...job, eTag: '*' } });
    await this.#updateIndex((pending) => (pending.some((c) => same(c, job.customer)) ? pending : [...pending, job.customer]));
  }

  async finish(customer: CustomerKey): Promise<void> {
    await this.storage.delete([jobKey(customer)]);
    await this.#updateIndex((pending) => pending.filter((c) => !same(c, customer)));
  }

  async pending(): Promise<CustomerKey[]> {
    const parsed = IndexSchema.safeParse((await this.storage.read([INDEX_KEY]))[INDEX_KEY]);
    return parsed.success ? parsed.data.pending : [];
  }

  // Last writer wins: two processes saving jobs at the same moment may drop one from the index (its
  // job record stays, and the next request for that customer resumes it) or keep a finished one
  // listed (resuming finds no record and drops it). Deletions are rare; a lock here is not worth it.
  async #updateIndex(change: (pending: CustomerKey[]) => CustomerKey[]): Promise<void> {
    await this.storage.write({ [INDEX_KEY]: { pending: change(await this.pending()), eTag: '*' } });
  }
}

function same(a: CustomerKey, b: CustomerKey): boolean {
  return a.channel === b.channel && a.userId === b.userId;
}
