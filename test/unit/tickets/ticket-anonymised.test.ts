import { describe, expect, it } from 'vitest';
import { ANONYMISED, TicketSchema } from '../../../src/tickets/ticket.js';
import { sampleDraft } from '../../contracts/sample-records.js';

const stored = () => {
  const { idempotencyKey, ...draft } = sampleDraft();
  return { ...draft, idempotencyKey, id: 'RT-20261120-0001', version: 1 };
};

describe('TicketSchema and anonymised tickets', () => {
  it('accepts blank phone and address on a ticket anonymised on request', () => {
    expect(TicketSchema.safeParse({ ...stored(), ...ANONYMISED, anonymisedAt: '2026-11-21T00:00:00.000Z' }).success).toBe(true);
  });

  it.each([['phone', ''], ['phone', '123'], ['address', ''], ['address', 'x']])('still refuses %s "%s" on any other ticket', (field, value) => {
    const result = TicketSchema.safeParse({ ...stored(), [field]: value });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });
});
