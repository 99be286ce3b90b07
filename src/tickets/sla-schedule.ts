import { z } from 'zod';
import { TicketNumberSchema } from './ticket.js';

/**
 * What the clock waits for on a ticket; one pending item per ticket and kind. The SLA deadlines,
 * and after the visit the sign-off timeout and the care check-in: one schedule for every timer.
 */
export const SLA_DUE_KINDS = ['response-due', 'onsite-due', 'progress-due', 'signoff-due', 'care-due'] as const;
export const SlaDueKindSchema = z.enum(SLA_DUE_KINDS);
export type SlaDueKind = z.infer<typeof SlaDueKindSchema>;

export const SlaDueItemSchema = z.object({
  ticketId: TicketNumberSchema,
  kind: SlaDueKindSchema,
  dueAt: z.iso.datetime(),
});
export type SlaDueItem = z.infer<typeof SlaDueItemSchema>;

/**
 * Due times of every open ticket, shared by all bot processes. Implementations: SqliteSlaSchedule,
 * RedisSlaSchedule (contract: test/contracts/sla-schedule.contract.ts).
 *
 * A claim leases items instead of deleting them: a process that dies after claiming leaves its
 * items to come due again when the lease ends, so no deadline is forgotten.
 */
export interface SlaSchedule {
  /** Sets (or moves) the due time of the ticket's item of that kind. */
  schedule(item: SlaDueItem): Promise<void>;
  /**
   * Up to `limit` items due at `now` or before, earliest first, each leased until `now + leaseMs`:
   * of several processes claiming at once, each item goes to exactly one.
   */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<SlaDueItem[]>;
  /** Drops the ticket's item of `kind`, or all of its items. */
  remove(ticketId: string, kind?: SlaDueKind): Promise<void>;
  /** The ticket's pending items (leased ones show their lease end as dueAt), earliest first. */
  pending(ticketId: string): Promise<SlaDueItem[]>;
}
