import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/clock.js';
import { silentLog } from '../../src/log.js';
import { openStores } from '../../src/store/open-stores.js';
import type { Stores } from '../../src/store/stores.js';
import { loadArticles } from '../../src/kb/load-articles.js';
import { createBm25KnowledgeBase } from '../../src/kb/create-bm25-knowledge-base.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { SupportBot } from '../../src/bot/support-bot.js';
import type { ServicePolicy } from '../../dialogs/dialog-deps.js';
import type { LanguageAssist } from '../../src/kb/language-model.js';

/** Friday 2026-11-20, 10:00 in Shanghai: every date in the conversation tests is relative to it. */
export const TEST_NOW = '2026-11-20T02:00:00Z';
export const TEST_TODAY = '2026-11-20';

export const TEST_POLICY: ServicePolicy = {
  sla: { responseHours: 2, onSiteHours: 4, progressHours: 6 },
  warrantyMonths: 12,
  visitSlotCapacity: 4,
  timeZone: 'Asia/Shanghai',
};

export interface TestBot {
  bot: SupportBot;
  stores: Stores;
  kb: KnowledgeBase;
  clock: ManualClock;
  policy: ServicePolicy;
  close(): Promise<void>;
}

export interface TestBotOptions {
  now?: string;
  policy?: Partial<ServicePolicy>;
  maxMessageChars?: number;
  /** The optional language model; tests point it at test/helpers/openai-stand-in.ts. */
  llm?: LanguageAssist;
}

// Building the jieba-backed index is the slow part; the articles never change within a test run.
let sharedKb: Promise<KnowledgeBase> | undefined;
function realKnowledgeBase(): Promise<KnowledgeBase> {
  sharedKb ??= loadArticles('knowledge-base').then((loaded) => createBm25KnowledgeBase(loaded.articles));
  return sharedKb;
}

/** A SupportBot on real SQLite stores in a temp dir, the real knowledge base and a clock that stands still. */
export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const dataDir = mkdtempSync(join(tmpdir(), 'osb-conv-'));
  const stores = await openStores({ dataDir });
  const kb = await realKnowledgeBase();
  const clock = new ManualClock(options.now ?? TEST_NOW);
  const policy = { ...TEST_POLICY, ...options.policy };
  const bot = new SupportBot({
    stores,
    kb,
    clock,
    log: silentLog,
    policy,
    limits: { maxMessageChars: options.maxMessageChars ?? 2000, dedupeTtlMs: 60_000 },
    llm: options.llm,
  });
  return {
    bot, stores, kb, clock, policy,
    async close() {
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
