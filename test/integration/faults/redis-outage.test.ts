import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { FaultCustomer, INTAKE_SCRIPT, replyText, ticketNumberIn } from '../../helpers/fault-customer.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

const OUTAGE_REPLY_ZH = /暂时连接不上[\s\S]*过一两分钟再发/;
const OUTAGE_REPLY_EN = /briefly unavailable[\s\S]*try again/;

let redis: RedisServer;
let bot: BotProcess;
let stores: Stores;
beforeAll(async () => {
  redis = await startRedisServer();
  bot = await startBotProcess({ REDIS_URL: redis.url });
});
afterAll(async () => {
  await bot?.destroy();
  await redis?.destroy();
});
beforeEach(async () => { stores = await openStores({ dataDir: redis.dir, redis: { url: redis.url } }); });
afterEach(async () => { await stores?.close(); });

/** The test's own client went through the outage too; a fresh one does not wait on its reconnect backoff. */
async function reopenTestStores(): Promise<void> {
  await stores.close();
  stores = await openStores({ dataDir: redis.dir, redis: { url: redis.url } });
}

/** The customer finishes the script and rates; returns the ticket number. */
async function finish(customer: FaultCustomer, from: number): Promise<string> {
  let ticket: string | undefined;
  for (const text of INTAKE_SCRIPT.slice(from)) ticket = ticketNumberIn((await customer.send(bot.baseUrl, text)).replies) ?? ticket;
  expect(ticket).toBeDefined();
  expect(replyText((await customer.send(bot.baseUrl, '5')).replies)).toMatch(/谢谢您的认可/);
  return ticket!;
}

async function expectEverythingOnce(customer: FaultCustomer, ticket: string): Promise<void> {
  expect(customer.sent.every((s) => s.replies.length > 0)).toBe(true);
  await customer.expectTranscriptExact(stores);
  const tickets = await customer.tickets(bot.baseUrl);
  expect(tickets.map((t) => t.id)).toEqual([ticket]);
  expect(tickets[0].rating).toBe(5);
}

describe('Redis faults under a running bot process', () => {
  it('answers "try again shortly" in the customer\'s language while Redis is stopped, stays up, and resumes after', { timeout: 120_000 }, async () => {
    const customer = new FaultCustomer();
    for (const text of INTAKE_SCRIPT.slice(0, 4)) expect((await customer.send(bot.baseUrl, text)).acknowledged).toBe(true);

    await redis.stop();
    // 1. Chinese and English customers each get the honest reply in their own language.
    const refused = await customer.send(bot.baseUrl, INTAKE_SCRIPT[4]);
    expect(replyText(refused.replies)).toMatch(OUTAGE_REPLY_ZH);
    const english = new FaultCustomer();
    expect(replyText((await english.send(bot.baseUrl, 'my washing machine will not drain')).replies)).toMatch(OUTAGE_REPLY_EN);
    expect(bot.alive()).toBe(true);
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);

    // 2. Back up: the conversation resumes at the question it was on (the model), nothing lost.
    await redis.restart();
    const taken = await customer.sendUntilTaken(bot.baseUrl, INTAKE_SCRIPT[4]);
    expect(replyText(taken.replies)).toMatch(/什么时候买/);
    const ticket = await finish(customer, 5);
    await reopenTestStores();
    await expectEverythingOnce(customer, ticket);
    expect(bot.alive()).toBe(true);
  });

  it('keeps every acknowledged message, ticket and rating when Redis is killed with SIGKILL and restarted from its AOF', { timeout: 120_000 }, async () => {
    const customer = new FaultCustomer();
    for (const text of INTAKE_SCRIPT.slice(0, 8)) expect((await customer.send(bot.baseUrl, text)).acknowledged).toBe(true);

    // 1. Killed before the confirmation: the summary the customer saw must still be confirmable.
    await redis.kill9();
    await redis.restart();
    const confirmed = await customer.sendUntilTaken(bot.baseUrl, '确认');
    const ticket = ticketNumberIn(confirmed.replies);
    expect(ticket).toBeDefined();

    // 2. Killed right after the ticket was acknowledged: it must survive, and the rating question too.
    await redis.kill9();
    await redis.restart();
    expect(replyText((await customer.sendUntilTaken(bot.baseUrl, '5')).replies)).toMatch(/谢谢您的认可/);
    await reopenTestStores();
    await expectEverythingOnce(customer, ticket!);
  });
});
