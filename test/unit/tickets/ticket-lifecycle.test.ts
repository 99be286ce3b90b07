import { describe, expect, it } from 'vitest';
import { canTransition, transition } from '../../../src/tickets/ticket-lifecycle.js';
import { isAppError } from '../../../src/errors.js';
import type { Ticket } from '../../../src/tickets/ticket.js';

const ticket = { id: 'RT-20261120-0001', status: 'open', history: [], updatedAt: '2026-11-20T02:00:00.000Z' } as unknown as Ticket;

describe('ticket lifecycle', () => {
  it.each([
    ['open', 'dispatched', true], ['open', 'closed', false], ['dispatched', 'in_progress', true],
    ['in_progress', 'awaiting_confirmation', true], ['awaiting_confirmation', 'closed', true],
    ['closed', 'reopened', true], ['cancelled', 'open', false], ['closed', 'open', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => { expect(canTransition(from, to)).toBe(allowed); });

  it('records who moved the ticket, when, and from where', () => {
    const at = new Date('2026-11-20T03:00:00Z');
    const moved = transition(ticket, 'dispatched', 'agent:li', at, 'to the Pudong point');
    expect(moved).toMatchObject({ status: 'dispatched', updatedAt: at.toISOString() });
    expect(moved.history).toEqual([{ at: at.toISOString(), by: 'agent:li', from: 'open', to: 'dispatched', note: 'to the Pudong point' }]);
  });

  it('refuses an illegal move with TICKET_ILLEGAL_TRANSITION (409)', () => {
    try {
      transition(ticket, 'closed', 'agent:li', new Date());
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err, 'TICKET_ILLEGAL_TRANSITION')).toBe(true);
      expect((err as { status?: number }).status).toBe(409);
    }
  });
});
