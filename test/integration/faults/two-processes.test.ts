import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { FaultCustomer, INTAKE_SCRIPT, replyText, ticketNumberIn } from '../../helpers/fault-customer.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

let redis: RedisServer;
let a: BotProcess;
let b: BotProcess;
let stores: Stores;
beforeAll(async () => {
  redis = await startRedisServer();
  [a, b] = await Promise.all([startBotProcess({ REDIS_URL: redis.url }), startBotProcess({ REDIS_URL: redis.url })]);
  stores = await openStores({ dataDir: redis.dir, redis: { url: redis.url } });
});
afterAll(async () => {
  await stores?.close();
  await Promise.all([a?.destroy(), b?.destroy()]);
  await redis?.destroy();
});

describe('two bot processes behind one Redis', () => {
  it('takes one turn at a time per conversation: concurrent messages all answered, state kept, one ticket per customer', { timeout: 180_000 }, async () => {
    const customers = Array.from({ length: 4 }, () => new FaultCustomer());
    await Promise.all(customers.map(async (customer) => {
      // 1. The script, each message to the other process: the state written by one is read by the next.
      for (const [i, text] of INTAKE_SCRIPT.slice(0, 8).entries()) {
        const sent = await customer.send(i % 2 ? a.baseUrl : b.baseUrl, text);
        expect(sent.acknowledged, `"${text}" → ${replyText(sent.replies)}`).toBe(true);
        // 2. Mid-intake, a burst of three at once over both processes: each waits its turn, none is dropped.
        if (text === '王芳') {
          const burst = await Promise.all([a, b, a].map((bot) => customer.send(bot.baseUrl, '我的工单到哪了')));
          expect(burst.map((s) => s.acknowledged)).toEqual([true, true, true]);
        }
      }
    }));

    // 3. Half the customers double-tap "确认", one tap to each process. Redis is held still while the taps
    //    arrive, so both turns are certainly in flight together (without the lock one would hit STORE_CONFLICT).
    const doubleTap = (customer: FaultCustomer) => customers.indexOf(customer) % 2 === 0;
    redis.freeze();
    const tapping = customers.map((customer) => Promise.all(doubleTap(customer)
      ? [customer.send(a.baseUrl, '确认'), customer.send(b.baseUrl, '确认')] : [customer.send(a.baseUrl, '确认')]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    redis.thaw();
    const taps = await Promise.all(tapping);

    await Promise.all(customers.map(async (customer, i) => {
      // 4. Both taps answered; one ticket (the later tap meets the rating question, which it closes).
      expect(taps[i].map((s) => replyText(s.replies))).toEqual(taps[i].map(() => expect.not.stringMatching(/^$/)));
      expect(taps[i].map((s) => s.acknowledged), taps[i].map((s) => replyText(s.replies)).join(' | ')).toEqual(taps[i].map(() => true));
      const ticket = taps[i].map((s) => ticketNumberIn(s.replies)).find(Boolean);
      expect(ticket).toBeDefined();
      // One at a time means some serial order: exactly one tap booked; the other saw the booking done.
      // (botbuilder saves state with eTag '*', so overlapping turns would both book and one's state be lost.)
      expect(taps[i].filter((s) => ticketNumberIn(s.replies))).toHaveLength(1);
      if (!doubleTap(customer)) expect(replyText((await customer.send(b.baseUrl, '5')).replies)).toMatch(/谢谢您的认可/);

      const tickets = await customer.tickets(a.baseUrl);
      expect(tickets.map((t) => t.id)).toEqual([ticket]);
      expect(tickets[0].rating).toBe(doubleTap(customer) ? undefined : 5);
      await customer.expectTranscriptExact(stores);
    }));
  });

  it('handles an activity the channel redelivers — to either process, even at the same moment — once', { timeout: 60_000 }, async () => {
    const customer = new FaultCustomer();
    const id = randomUUID();
    const deliveries = await Promise.all([a, b, a, b].map((bot) => customer.send(bot.baseUrl, '空调不制冷', id)));
    const later = await customer.send(b.baseUrl, '空调不制冷', id);
    const answered = [...deliveries, later].filter((s) => s.replies.length > 0);
    expect(answered).toHaveLength(1);
    expect(answered[0].acknowledged).toBe(true);
    expect(replyText(answered[0].replies)).toMatch(/空调/);
    await customer.expectTranscriptExact(stores);
    expect((await stores.transcripts.read(`test:${customer.conversationId}`)).filter((e) => e.from === 'customer')).toHaveLength(1);
  });
});
