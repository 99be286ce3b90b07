import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ManualClock } from '../../../src/clock.js';
import { AppError } from '../../../src/errors.js';
import type { Log } from '../../../src/log.js';
import { openSqliteStores } from '../../../src/store/sqlite/open-sqlite-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { openTicket } from '../../../src/tickets/open-ticket.js';
import type { CustomerNotifier } from '../../../src/tickets/sla-clock.js';
import type { CustomerRef, NewTicket, Ticket } from '../../../src/tickets/ticket.js';

export const SLA = { responseHours: 2, onSiteHours: 4, progressHours: 6 };
export const HOUR_MS = 60 * 60 * 1000;
/** Friday 2026-11-20, 10:00 in Shanghai. */
export const START = '2026-11-20T02:00:00.000Z';

/** A notifier that records what it sent; `failing` channels answer CHANNEL_SEND_FAILED like an unregistered one. */
export class RecordingNotifier implements CustomerNotifier {
  readonly sent: { customer: CustomerRef; text: string }[] = [];
  readonly failing = new Set<string>();
  async send(customer: CustomerRef, message: { text: string }): Promise<void> {
    if (this.failing.has(customer.channel)) throw new AppError('CHANNEL_SEND_FAILED', undefined, { details: { channel: customer.channel } });
    this.sent.push({ customer, text: message.text });
  }
}

export class RecordingLog implements Log {
  readonly lines: { level: string; message?: string; fields: object }[] = [];
  info(fields: object, message?: string) { this.lines.push({ level: 'info', fields, message }); }
  warn(fields: object, message?: string) { this.lines.push({ level: 'warn', fields, message }); }
  error(fields: object, message?: string) { this.lines.push({ level: 'error', fields, message }); }
  debug(fields: object, message?: string) { this.lines.push({ level: 'debug', fields, message }); }
}

/** Real SQLite stores in a temp dir, with a second handle (`peer`) standing for another process. */
export function openSlaFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'osb-sla-'));
  const stores: Stores = openSqliteStores(dir);
  const peer: Stores = openSqliteStores(dir);
  const clock = new ManualClock(START);
  return {
    stores,
    peer,
    clock,
    open(overrides: Partial<NewTicket> = {}, windowDays?: number): Promise<Ticket> {
      return openTicket(sampleTicket(overrides), {
        store: stores.tickets, clock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: stores.slaSchedule, threeStrikesWindowDays: windowDays,
      });
    },
    async close() {
      await stores.close();
      await peer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sampleTicket(overrides: Partial<NewTicket> = {}): NewTicket {
  return {
    customer: { channel: 'webchat', userId: 'u-wang', conversationId: 'c-wang' },
    language: 'zh',
    name: '王女士',
    phone: '13800138000',
    product: 'washing-machine',
    model: 'XQG100-D3',
    purchaseDate: '2026-03-01',
    warranty: 'in',
    quoteAccepted: false,
    address: '上海市浦东新区张江路88号',
    region: '上海',
    // Booked for the morning of the report (window closes 12:00 local = 04:00Z), so on-site is due
    // by the 4 h commitment (06:00Z), which the clock tests step across.
    visit: { date: '2026-11-20', period: 'morning' },
    problem: '洗衣机不排水',
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
