import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlaClock } from '../../../src/tickets/sla-clock.js';
import { moveTicket } from '../../../src/tickets/move-ticket.js';
import { progressMessage } from '../../../dialogs/ticket-progress.js';
import { HOUR_MS, RecordingLog, RecordingNotifier, SLA, openSlaFixture } from './sla-fixture.js';

describe('SlaClock', () => {
  let fx: ReturnType<typeof openSlaFixture>;
  let notifier: RecordingNotifier;
  let log: RecordingLog;
  const makeClock = (stores = fx.stores) => new SlaClock({
    schedule: stores.slaSchedule, tickets: stores.tickets, clock: fx.clock, log, notifier,
    progressText: progressMessage, policy: SLA,
  });
  const move = (id: string, to: Parameters<typeof moveTicket>[2]['to']) => moveTicket({
    store: fx.stores.tickets, schedule: fx.stores.slaSchedule, clock: fx.clock, sla: SLA, servicePoints: { '*': 'SP-HQ' },
  }, id, { to, by: 'staff:li' });

  beforeEach(() => {
    fx = openSlaFixture();
    notifier = new RecordingNotifier();
    log = new RecordingLog();
  });
  afterEach(async () => { await fx.close(); });

  it('fires nothing before a deadline', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    fx.clock.advance(2 * HOUR_MS - 1);
    expect(await clock.tick()).toBe(0);
    expect((await fx.stores.tickets.get(ticket.id))?.escalations).toBeUndefined();
  });

  it('escalates a ticket nobody responded to within 2 h: field, history note and log line', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    fx.clock.advance(2 * HOUR_MS);
    await clock.tick();
    const stored = await fx.stores.tickets.get(ticket.id);
    expect(stored?.escalations).toEqual([{ kind: 'response-overdue', at: fx.clock.now().toISOString(), dueAt: ticket.responseDueAt }]);
    expect(stored?.history.at(-1)).toMatchObject({ by: 'sla-clock', from: 'open', to: 'open', note: expect.stringMatching(/no response/) });
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'ticket.escalated', fields: expect.objectContaining({ ticketId: ticket.id, kind: 'response-overdue' }) }));
  });

  it('does not escalate the response of a dispatched ticket, but does escalate a missed on-site deadline', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    await move(ticket.id, 'dispatched');
    fx.clock.advance(2 * HOUR_MS);
    await clock.tick();
    expect((await fx.stores.tickets.get(ticket.id))?.escalations).toBeUndefined();
    fx.clock.advance(2 * HOUR_MS);
    await clock.tick();
    expect((await fx.stores.tickets.get(ticket.id))?.escalations?.map((e) => e.kind)).toEqual(['onsite-overdue']);
  });

  it('does not escalate the on-site deadline once the engineer is there', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    await move(ticket.id, 'dispatched');
    await move(ticket.id, 'in_progress');
    fx.clock.advance(5 * HOUR_MS);
    await clock.tick();
    expect((await fx.stores.tickets.get(ticket.id))?.escalations).toBeUndefined();
    expect((await fx.stores.slaSchedule.pending(ticket.id)).map((item) => item.kind)).toEqual(['progress-due']);
  });

  it('sends a progress report every 6 h in the ticket\'s language, on the customer\'s own channel', async () => {
    const clock = makeClock();
    const zh = await fx.open();
    const en = await fx.open({ language: 'en', customer: { channel: 'test', userId: 'u-li', conversationId: 'c-li' } });
    fx.clock.advance(6 * HOUR_MS - 1);
    await clock.tick();
    expect(notifier.sent).toEqual([]);
    fx.clock.advance(1);
    await clock.tick();
    expect(notifier.sent.map((s) => s.customer)).toEqual([zh.customer, en.customer]);
    expect(notifier.sent[0].text).toMatch(new RegExp(`跟您同步一下维修进度：工单 ${zh.id}`));
    expect(notifier.sent[1].text).toMatch(new RegExp(`update on your repair: ticket ${en.id}`));
    fx.clock.advance(6 * HOUR_MS);
    await clock.tick();
    expect(notifier.sent).toHaveLength(4);
  });

  it('stops reporting and escalating once the ticket is cancelled or closed', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    await move(ticket.id, 'cancelled');
    expect(await fx.stores.slaSchedule.pending(ticket.id)).toEqual([]);
    fx.clock.advance(24 * HOUR_MS);
    await clock.tick();
    expect(notifier.sent).toEqual([]);
    expect((await fx.stores.tickets.get(ticket.id))?.escalations).toBeUndefined();
  });

  it('reports again when a closed ticket is reopened', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    for (const to of ['dispatched', 'in_progress', 'awaiting_confirmation', 'closed'] as const) await move(ticket.id, to);
    expect(await fx.stores.slaSchedule.pending(ticket.id)).toEqual([]);
    await move(ticket.id, 'reopened');
    fx.clock.advance(6 * HOUR_MS);
    await clock.tick();
    expect(notifier.sent.map((s) => s.text)).toEqual([expect.stringMatching(/已重新打开/)]);
  });

  it('fires each due item once when two processes tick together', async () => {
    const here = makeClock();
    const there = makeClock(fx.peer);
    const tickets = await Promise.all(Array.from({ length: 10 }, (_, i) => fx.open({ customer: { channel: 'webchat', userId: `u-${i}`, conversationId: `c-${i}` } })));
    fx.clock.advance(6 * HOUR_MS);
    const [a, b] = await Promise.all([here.tick(), there.tick()]);
    expect(a + b).toBe(30);
    expect(notifier.sent.map((s) => s.customer.userId).sort()).toEqual(tickets.map((t) => t.customer.userId).sort());
    for (const ticket of tickets) {
      expect((await fx.stores.tickets.get(ticket.id))?.escalations?.map((e) => e.kind)).toEqual(['response-overdue', 'onsite-overdue']);
    }
  });

  it('fires an item again after its lease when the process that claimed it died', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    fx.clock.advance(6 * HOUR_MS);
    // 1. Another process claims everything due, then dies before firing anything.
    expect(await fx.peer.slaSchedule.claimDue(fx.clock.now(), 5 * 60_000, 50)).toHaveLength(3);
    expect(await clock.tick()).toBe(0);
    // 2. Once the lease is over, this process fires them.
    fx.clock.advance(5 * 60_000);
    expect(await clock.tick()).toBe(3);
    expect(notifier.sent.map((s) => s.customer)).toEqual([ticket.customer]);
  });

  it('keeps the report schedule when the customer\'s channel cannot be reached', async () => {
    const clock = makeClock();
    const ticket = await fx.open();
    notifier.failing.add('webchat');
    fx.clock.advance(6 * HOUR_MS);
    await clock.tick();
    expect(log.lines.some((line) => line.message === 'ticket.progress.undelivered')).toBe(true);
    const progress = (await fx.stores.slaSchedule.pending(ticket.id)).find((item) => item.kind === 'progress-due');
    expect(progress?.dueAt).toBe(new Date(fx.clock.now().getTime() + 6 * HOUR_MS).toISOString());
  });
});
