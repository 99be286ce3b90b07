import { randomUUID } from 'node:crypto';
import { openTicket } from '../../src/tickets/open-ticket.js';
import type { NewTicket, Ticket } from '../../src/tickets/ticket.js';
import type { TestBot } from './test-bot.js';

/** Puts a ticket in the store as an earlier conversation would have (to fill a visit slot, or be "someone else's"). */
export function seedTicket(env: TestBot, overrides: Partial<NewTicket> = {}): Promise<Ticket> {
  return openTicket({
    customer: { channel: 'test', userId: `other-${randomUUID()}`, conversationId: `conv-${randomUUID()}` },
    language: 'zh',
    name: '李先生',
    phone: '13700000000',
    product: 'washing-machine',
    model: 'XQG100-D3',
    purchaseDate: '2026-03-01',
    warranty: 'in',
    quoteAccepted: false,
    address: '上海市闵行区莘庄路1号',
    region: '上海',
    visit: { date: '2026-11-25', period: 'afternoon' },
    problem: '洗衣机不排水',
    idempotencyKey: randomUUID(),
    ...overrides,
  }, { store: env.stores.tickets, clock: env.clock, sla: env.policy.sla, timeZone: env.policy.timeZone });
}

/** The same, straight into a running app's ticket store (no TestBot): for HTTP tests that need a customer's ticket. */
export function seedStoreTicket(tickets: TestBot['stores']['tickets'], overrides: Partial<NewTicket> = {}): Promise<Ticket> {
  const clock = { now: () => new Date() };
  return seedTicket({ stores: { tickets }, clock, policy: { sla: { responseHours: 2, onSiteHours: 4, progressHours: 6 }, timeZone: 'Asia/Shanghai' } } as unknown as TestBot, overrides);
}
