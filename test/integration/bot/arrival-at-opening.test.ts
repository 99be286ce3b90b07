import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportBot } from '../../../src/bot/support-bot.js';
import { ManualClock } from '../../../src/clock.js';
import type { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { silentLog } from '../../../src/log.js';
import { openStores } from '../../../src/store/open-stores.js';
import type { Stores } from '../../../src/store/stores.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { TEST_NOW, TEST_POLICY } from '../../helpers/test-bot.js';

/**
 * The customer's entry is written by the turn's opening (src/bot/middleware/transcript.ts
 * arrivalAtOpening), decided before the pipeline runs: these cases keep that decision in step with
 * the guards in front of the transcript middleware, on both stores.
 */
const MAX_CHARS = 40;
const RATE = { max: 3, windowMs: 60_000 };

let redis: RedisServer;
let prefixes = 0;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis?.destroy(); });

/** A knowledge base whose search fails: the turn ends badly after the opening. */
const brokenKb = { search: () => { throw new Error('kb down'); } } as unknown as KnowledgeBase;

async function botOn(backend: 'sqlite' | 'redis', kb: KnowledgeBase = brokenKb) {
  const dataDir = mkdtempSync(join(tmpdir(), 'osb-arrival-'));
  const stores: Stores = await openStores({ dataDir, ...(backend === 'redis' ? { redis: { url: redis.url, keyPrefix: `arrival${++prefixes}:` } } : {}) });
  const bot = new SupportBot({
    stores, kb, clock: new ManualClock(TEST_NOW), log: silentLog, policy: TEST_POLICY,
    limits: { maxMessageChars: MAX_CHARS, dedupeTtlMs: 60_000, customerRate: RATE },
  });
  return {
    stores,
    /** One conversation's adapter; the turn's error is swallowed (the broken KB fails every problem). */
    conversation(id: string, extra: Partial<Activity['conversation']> = {}) {
      const adapter = new TestAdapter((turn) => bot.run(turn), {
        channelId: 'test', locale: 'zh-CN', from: { id: `user-${id}`, name: '', role: 'user' },
        conversation: { id, isGroup: false, conversationType: 'personal', name: '', ...extra },
      });
      const failed: unknown[] = [];
      adapter.onTurnError = async (_turn, err) => { failed.push(err); };
      return {
        failed,
        send: (activity: Partial<Activity>) => adapter.receiveActivity({ type: 'message', ...activity }),
        customer: async () => (await stores.transcripts.read(`test:${id}`)).filter((e) => e.from === 'customer').map((e) => e.text),
      };
    },
    async close() {
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.each(['sqlite', 'redis'] as const)('the customer\'s entry written by the turn\'s opening (%s)', (backend) => {
  it('records a message the guards let through, as the input guard reads it, also when the turn then fails', async () => {
    const env = await botOn(backend);
    try {
      const chat = env.conversation('c-plain');
      await chat.send({ text: '  洗衣机不排水  ', id: 'a1' });
      // The turn failed after its opening (the dialogs' search), and the entry is there all the same.
      expect(chat.failed).toHaveLength(1);
      await chat.send({ value: '1', id: 'a2' });
      expect(await chat.customer()).toEqual(['洗衣机不排水', '1']);
    } finally {
      await env.close();
    }
  });

  it('records nothing the privacy or input guard stops', async () => {
    const env = await botOn(backend);
    try {
      const group = env.conversation('c-group', { isGroup: true });
      await group.send({ text: '我的电话是13912345678', id: 'g1' });
      expect(await group.customer()).toEqual([]);
      const chat = env.conversation('c-guarded');
      await chat.send({ text: 'x'.repeat(MAX_CHARS + 1), id: 'b1' });
      await chat.send({ text: '   ', id: 'b2' });
      expect(await chat.customer()).toEqual([]);
    } finally {
      await env.close();
    }
  });

  it('records a redelivery once, and nothing past the customer\'s rate limit', async () => {
    const env = await botOn(backend);
    try {
      const chat = env.conversation('c-dup');
      await chat.send({ text: '第一条', id: 'd1' });
      await chat.send({ text: '第一条', id: 'd1' });
      await chat.send({ text: '第二条', id: 'd2' });
      await chat.send({ text: '第三条', id: 'd3' });
      // The fourth hit of the window (the redelivery counted too: it is traffic).
      await chat.send({ text: '第四条', id: 'd4' });
      expect(await chat.customer()).toEqual(['第一条', '第二条']);
    } finally {
      await env.close();
    }
  });
});
