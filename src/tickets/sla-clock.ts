import type { Clock } from '../clock.js';
import { asAppError, isAppError } from '../errors.js';
import type { Log } from '../log.js';
import type { CustomerRef, Escalation, Ticket } from './ticket.js';
import type { TicketStore } from './ticket-store.js';
import type { SlaPolicy } from './sla.js';
import type { SlaDueItem, SlaDueKind, SlaSchedule } from './sla-schedule.js';
import { FINISHED_STATUSES, removeOpenTicketItems, isOnSiteOverdue, isResponseOverdue, nextProgressAt } from './sla-tracking.js';
import { updateTicket } from './update-ticket.js';

/** Reaches the customer on their own channel; CustomerMessenger (src/bot/customer-messenger.ts) is one. */
export interface CustomerNotifier {
  send(customer: CustomerRef, message: { text: string; sender: { kind: 'bot' } }): Promise<void>;
}

export interface SlaClockDeps {
  schedule: SlaSchedule;
  tickets: TicketStore;
  clock: Clock;
  log: Log;
  notifier: CustomerNotifier;
  /** The progress report for this ticket, in the ticket's language. */
  progressText: (ticket: Ticket) => string;
  policy: Pick<SlaPolicy, 'progressHours'>;
  /** False for a customer who asked not to be contacted: no progress report is sent (or due) then. */
  mayContact?: (ticket: Ticket) => Promise<boolean>;
  /** How long a claimed item stays hidden from other processes; it fires again after that if this one died. */
  leaseMs?: number;
  batchSize?: number;
  /**
   * Items that are not SLA deadlines (sign-off timeout, care check-in): handled here even on a
   * finished ticket, since a care check-in is due after the close. Absent kinds are dropped.
   */
  handlers?: Partial<Record<SlaDueKind, (ticket: Ticket, now: Date) => Promise<void>>>;
}

const DEFAULT_LEASE_MS = 5 * 60 * 1000;
const DEFAULT_BATCH_SIZE = 50;
const ESCALATION_OF = { 'response-due': 'response-overdue', 'onsite-due': 'onsite-overdue' } as const;

/**
 * The SLA clock: fires overdue escalations and proactive progress reports from the shared
 * schedule. Any number of processes may run one; the schedule's claim gives each due item to one.
 * Tests call tick() with a ManualClock; start() only repeats tick() on a timer.
 */
export class SlaClock {
  readonly #deps: SlaClockDeps;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(deps: SlaClockDeps) {
    this.#deps = deps;
  }

  /** Fires everything due now; returns how many items it handled. */
  async tick(): Promise<number> {
    const { schedule, clock } = this.#deps;
    const batchSize = this.#deps.batchSize ?? DEFAULT_BATCH_SIZE;
    let handled = 0;
    for (;;) {
      const now = clock.now();
      const items = await schedule.claimDue(now, this.#deps.leaseMs ?? DEFAULT_LEASE_MS, batchSize);
      for (const item of items) {
        if (await this.#fire(item, now)) handled += 1;
      }
      if (items.length < batchSize) return handled;
    }
  }

  start(pollMs: number): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      if (this.#running) return;
      this.#running = this.tick()
        .then(() => undefined, (err: unknown) => {
          this.#deps.log.error({ code: asAppError(err).code, err }, 'sla.tick.failed');
        })
        .finally(() => { this.#running = undefined; });
    }, pollMs);
    // The clock must not keep a process alive that is otherwise shutting down.
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** A failure leaves the item leased; it comes due again when the lease ends. */
  async #fire(item: SlaDueItem, now: Date): Promise<boolean> {
    const { schedule, tickets, log } = this.#deps;
    try {
      const ticket = await tickets.get(item.ticketId);
      if (ticket && !isSlaKind(item.kind)) {
        await this.#deps.handlers?.[item.kind]?.(ticket, now);
        await schedule.remove(item.ticketId, item.kind);
        return true;
      }
      if (!ticket) {
        await schedule.remove(item.ticketId);
        return true;
      }
      if (FINISHED_STATUSES.includes(ticket.status)) {
        await removeOpenTicketItems(schedule, item.ticketId);
        return true;
      }
      if (item.kind === 'progress-due') await this.#reportProgress(ticket, now);
      else await this.#escalate(ticket, item.kind as keyof typeof ESCALATION_OF, now);
      return true;
    } catch (err) {
      log.error({ code: asAppError(err).code, ticketId: item.ticketId, kind: item.kind, err }, 'sla.fire.failed');
      return false;
    }
  }

  async #escalate(ticket: Ticket, kind: keyof typeof ESCALATION_OF, now: Date): Promise<void> {
    const { schedule, tickets, log } = this.#deps;
    const dueAt = kind === 'response-due' ? ticket.responseDueAt : ticket.onSiteDueAt;
    const overdue = kind === 'response-due' ? isResponseOverdue(ticket, now) : isOnSiteOverdue(ticket, now);
    const stillRunning = Date.parse(dueAt) > now.getTime();
    // The deadline moved later (a reschedule): wait for it instead.
    if (!overdue && stillRunning) return schedule.schedule({ ticketId: ticket.id, kind, dueAt });
    if (overdue) {
      const escalation: Escalation = { kind: ESCALATION_OF[kind], at: now.toISOString(), dueAt };
      const saved = await updateTicket(tickets, ticket.id, (current) => withEscalation(current, escalation));
      log.warn({ ticketId: ticket.id, kind: escalation.kind, dueAt, status: saved.status }, 'ticket.escalated');
    }
    await schedule.remove(ticket.id, kind);
  }

  async #reportProgress(ticket: Ticket, now: Date): Promise<void> {
    const { notifier, schedule, log, policy } = this.#deps;
    if (this.#deps.mayContact && !(await this.#deps.mayContact(ticket))) {
      log.info({ ticketId: ticket.id, channel: ticket.customer.channel }, 'ticket.progress.skipped.opted-out');
      return;
    }
    try {
      await notifier.send(ticket.customer, { text: this.#deps.progressText(ticket), sender: { kind: 'bot' } });
      log.info({ ticketId: ticket.id, channel: ticket.customer.channel }, 'ticket.progress.sent');
    } catch (err) {
      // A channel that cannot reach the customer now will not reach them on a retry in minutes either;
      // the next report is due in progressHours anyway.
      if (!isAppError(err, 'CHANNEL_SEND_FAILED')) throw err;
      log.warn({ code: err.code, ticketId: ticket.id, channel: ticket.customer.channel }, 'ticket.progress.undelivered');
    }
    await schedule.schedule({ ticketId: ticket.id, kind: 'progress-due', dueAt: nextProgressAt(now, policy) });
  }
}

function isSlaKind(kind: SlaDueKind): boolean {
  return kind === 'progress-due' || kind in ESCALATION_OF;
}

/** Records the escalation once per kind, in the ticket's own field and its history. */
function withEscalation(ticket: Ticket, escalation: Escalation): Ticket {
  if (ticket.escalations?.some((e) => e.kind === escalation.kind)) return ticket;
  const note = escalation.kind === 'response-overdue'
    ? `SLA: no response by ${escalation.dueAt}; escalated to a supervisor`
    : `SLA: nobody on site by ${escalation.dueAt}; escalated to a supervisor`;
  return {
    ...ticket,
    escalations: [...(ticket.escalations ?? []), escalation],
    history: [...ticket.history, { at: escalation.at, by: 'sla-clock', from: ticket.status, to: ticket.status, note }],
  };
}
