import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { silentLog } from '../../../src/log.js';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { HandoffService, type HandoffAsk, type ResumeStep } from '../../../src/handoff/handoff-service.js';
import { InProcessLiveEvents } from '../../../src/handoff/in-process-live-events.js';
import { parseWorkingHours } from '../../../src/handoff/working-hours.js';
import type { LiveEvent } from '../../../src/handoff/live-events.js';
import type { OutboundMessage } from '../../../src/bot/customer-messenger.js';
import type { CustomerRef } from '../../../src/tickets/ticket.js';

const IDLE_MS = 10 * 60 * 1000;
const LI = { id: 'li', name: '小李', supervisor: false };
const WANG = { id: 'wang', supervisor: false };
const ZHOU = { id: 'zhou', supervisor: true };

let dir: string;
let stores: Stores;
let clock: ManualClock;
let sent: Array<{ customer: CustomerRef; message: OutboundMessage }>;
let resumed: Array<{ conversationId: string; step: ResumeStep }>;
let events: LiveEvent[];

function service(workingHours?: string): HandoffService {
  const bus = new InProcessLiveEvents();
  const seen = events; // this test's list: a late event of the previous test must not land here
  bus.subscribe((event) => seen.push(event));
  return new HandoffService({
    queue: stores.handoffs,
    transcripts: stores.transcripts,
    messenger: {
      async send(customer, message) {
        sent.push({ customer, message });
        await stores.transcripts.append(customer.conversationId, { at: clock.now().toISOString(), from: message.sender.kind === 'agent' ? `agent:${message.sender.id}` : 'bot', text: message.text, kind: 'message' });
      },
    },
    events: bus,
    resumer: { resumeAt: async (customer, step) => { resumed.push({ conversationId: customer.conversationId, step }); } },
    clock,
    log: silentLog,
    policy: { idleMs: IDLE_MS, minutesPerCustomer: 5, timeZone: 'Asia/Shanghai', workingHours: workingHours ? parseWorkingHours(workingHours, 'Asia/Shanghai') : undefined },
  });
}

function ask(conversationId: string, reason: HandoffAsk['reason'] = 'asked', language: 'zh' | 'en' = 'zh'): HandoffAsk {
  return { conversationId, customer: { channel: 'webchat', userId: `u-${conversationId}`, conversationId }, language, reason };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osb-handoff-'));
  stores = await openStores({ dataDir: dir });
  clock = new ManualClock('2026-11-20T02:00:00Z'); // 10:00 in Shanghai
  sent = [];
  resumed = [];
  events = [];
});
afterEach(async () => {
  await stores.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HandoffService', () => {
  it('orders the queue safety > repeat > angry > normal and tells each customer their place and wait', async () => {
    const desk = service();
    const normal = await desk.request(ask('c-normal'));
    clock.advance(60_000);
    await desk.request(ask('c-angry', 'angry'));
    await desk.request(ask('c-repeat', 'three-strikes'));
    const safety = await desk.request(ask('c-safety', 'safety', 'en'));
    expect(normal.notice).toMatch(/排在第 1 位，预计等待约 5 分钟/);
    expect(safety.notice).toMatch(/^Safety issues go to the front of the line[\s\S]*number 1 in line[\s\S]*about 5 min/);
    const queue = await desk.list();
    expect(queue.map((entry) => [entry.request.conversationId, entry.position, entry.expectedWaitMinutes]))
      .toEqual([['c-safety', 1, 5], ['c-repeat', 2, 10], ['c-angry', 3, 15], ['c-normal', 4, 20]]);
    expect(queue[3].waitedMs).toBe(60_000);
  });

  it('outside working hours says so honestly and offers a ticket or a callback', async () => {
    clock = new ManualClock('2026-11-20T13:30:00Z'); // 21:30 in Shanghai
    const outcome = await service('09:00-18:00').request(ask('c-night'));
    expect(outcome.staffed).toBe(false);
    expect(outcome.notice).toMatch(/09:00-18:00（北京时间）.*没有同事在线/s);
    expect(outcome.suggestions).toEqual(['登记维修工单', '上班后联系我']);
    expect((await stores.handoffs.get('c-night'))?.conversationId).toBe('c-night');
  });

  it('tells the customer an agent joined, relays the agent, and refuses a second agent', async () => {
    const desk = service();
    await desk.request(ask('c-1'));
    await desk.claim('c-1', LI);
    await expect(desk.claim('c-1', WANG)).rejects.toMatchObject({ code: 'HANDOFF_ALREADY_CLAIMED' });
    await desk.reply('c-1', LI, '您好');
    await expect(desk.reply('c-1', WANG, '我来')).rejects.toMatchObject({ code: 'HANDOFF_ALREADY_CLAIMED' });
    await desk.reply('c-1', ZHOU, '主管在此');
    expect(sent.map((s) => [s.message.sender.kind, s.message.text])).toEqual([
      ['bot', '人工客服小李已接入，正在查看您之前的对话，请稍候。'], ['agent', '您好'], ['agent', '主管在此'],
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.map((e) => e.type)).toEqual(['handoff.requested', 'handoff.claimed', 'message.agent', 'message.agent']);
  });

  it('requires a claim before an agent writes', async () => {
    const desk = service();
    await desk.request(ask('c-1'));
    await expect(desk.reply('c-1', LI, '您好')).rejects.toMatchObject({ code: 'HANDOFF_NOT_HELD' });
    await expect(desk.reply('c-none', LI, '您好')).rejects.toMatchObject({ code: 'HANDOFF_NOT_FOUND' });
  });

  it('releases to the bot at the chosen step, asking for a rating after Thank', async () => {
    const desk = service();
    await desk.request(ask('c-1'));
    await desk.claim('c-1', LI);
    await expect(desk.release('c-1', WANG, 'thank')).rejects.toMatchObject({ code: 'HANDOFF_ALREADY_CLAIMED' });
    await desk.release('c-1', LI, 'thank');
    expect(resumed).toEqual([{ conversationId: 'c-1', step: 'thank' }]);
    expect(sent.at(-1)?.message).toMatchObject({ text: expect.stringMatching(/打个分/), suggestions: ['5', '4', '3', '2', '1'] });
    expect(await stores.handoffs.get('c-1')).toBeUndefined();
  });

  it('requeues a conversation whose agent stayed idle for HANDOFF_IDLE_MS, keeping its place', async () => {
    const desk = service();
    await desk.request(ask('c-idle'));
    clock.advance(1000);
    await desk.request(ask('c-busy'));
    await desk.claim('c-idle', LI);
    await desk.claim('c-busy', WANG);
    clock.advance(IDLE_MS - 60_000);
    await desk.reply('c-busy', WANG, '还在处理');
    expect(await desk.requeueIdle()).toEqual([]);
    clock.advance(60_000);
    expect(await desk.requeueIdle()).toEqual(['c-idle']);
    const queue = await desk.list();
    expect(queue.map((entry) => [entry.request.conversationId, entry.request.claimedBy, entry.position])).toEqual([['c-idle', undefined, 1], ['c-busy', 'wang', 0]]);
    expect(sent.at(-1)?.message.text).toMatch(/重新排队/);
    await expect(desk.reply('c-idle', LI, '我回来了')).rejects.toMatchObject({ code: 'HANDOFF_NOT_HELD' });
    clock.advance(IDLE_MS);
    expect(await desk.requeueIdle()).toEqual(['c-busy']);
  });
});
