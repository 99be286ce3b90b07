import type { Ticket } from './ticket.js';
import type { SlaSchedule } from './sla-schedule.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts the care check-in of a closed ticket on the shared schedule, `careAfterDays` after `now`;
 * nothing when care is off (undefined), already sent, or the customer asked not to be contacted.
 * One item per ticket: a ticket closed again after a reopen moves it instead of adding a second.
 */
export async function scheduleCare(schedule: SlaSchedule, ticket: Ticket, careAfterDays: number | undefined, now: Date): Promise<void> {
  if (!careAfterDays || ticket.status !== 'closed' || ticket.careSentAt || ticket.contactOptOutAt) return;
  await schedule.schedule({ ticketId: ticket.id, kind: 'care-due', dueAt: new Date(now.getTime() + careAfterDays * DAY_MS).toISOString() });
}
