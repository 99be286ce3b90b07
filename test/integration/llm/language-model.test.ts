import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { AppError } from '../../../src/errors.js';
import type { Log } from '../../../src/log.js';
import { loadArticles } from '../../../src/kb/load-articles.js';
import { createBm25KnowledgeBase } from '../../../src/kb/create-bm25-knowledge-base.js';
import type { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { decideMatch } from '../../../src/kb/match-decision.js';
import { searchWithRewrite } from '../../../src/kb/search-with-rewrite.js';
import { sectionFor } from '../../../src/kb/article-schema.js';
import { createLanguageModel } from '../../../src/kb/llm/create-language-model.js';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../helpers/openai-stand-in.js';

const RAMBLING = '你好，我跟你说啊，上个月在你们店里买的那台机器，我婆婆一直说用着不习惯，昨天晚上我洗了一桶床单，洗完以后里面全是水，等了半天也不见少，衣服湿漉漉的拿出来滴水，我老公说是不是管子堵了，我也不懂，你们看怎么办吧';
const RAMBLING_EN = 'Hi there, so my mother in law came to stay last weekend and we had a lot of laundry, and after the last load finished there was still a lot of water sitting in the bottom of the machine, the clothes were soaking wet, my husband thinks something is blocked but honestly we have no idea what to do';

function recordingLog(): Log & { warnings: Record<string, unknown>[] } {
  const warnings: Record<string, unknown>[] = [];
  return { warnings, info() {}, debug() {}, error() {}, warn(fields) { warnings.push(fields as Record<string, unknown>); } };
}

let standIn: OpenAiStandIn;
let kb: KnowledgeBase;
beforeAll(async () => {
  standIn = await startOpenAiStandIn();
  kb = await createBm25KnowledgeBase((await loadArticles('knowledge-base')).articles);
});
afterAll(async () => { await standIn.close(); });
afterEach(() => { standIn.behave({}); });

function modelFor(log: Log, timeoutMs = 1500) {
  const config = loadConfig({ LLM_BASE_URL: standIn.baseUrl, LLM_MODEL: 'stand-in', LLM_TIMEOUT_MS: String(timeoutMs) });
  const llm = createLanguageModel(config, log);
  expect(llm?.rewriter && llm.phraser).toBeDefined();
  return llm!;
}

describe('the optional language model over the OpenAI chat-completions protocol', () => {
  it('rewrites a rambling message into a query that finds the article the plain search missed', async () => {
    standIn.reply('婆婆', '搜索词：洗衣机 不排水');
    standIn.reply('mother in law', 'washing machine not draining');
    const { rewriter } = modelFor(recordingLog());
    for (const [message, language] of [[RAMBLING, 'zh'], [RAMBLING_EN, 'en']] as const) {
      const plain = decideMatch(await kb.search(message, { language }));
      const rewritten = decideMatch(await searchWithRewrite(kb, rewriter, message, { language }));
      expect(plain.kind === 'confident' && plain.hit.article.id === 'washer-not-draining').toBe(false);
      expect(rewritten).toMatchObject({ kind: 'confident', hit: { article: { id: 'washer-not-draining' } } });
    }
    const last = standIn.requests.at(-1)!;
    expect(last.model).toBe('stand-in');
    expect(last.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('sends a grounded rephrasing, and the step as written when the phrasing adds a price', async () => {
    const article = kb.get('washer-not-draining')!;
    const [first, second] = sectionFor(article, 'zh').steps;
    standIn.reply('要改写的步骤：\n先关机', '您先把洗衣机关掉，到后面看看排水管有没有压扁折弯、管口是不是泡在水里；弄顺了选“排水”试一下，一分钟内应该能听到流水声。');
    standIn.reply('要改写的步骤：\n清理排水过滤器', '先拔掉电源，等水凉了打开小盖板清理过滤器。清不好的话我们免费上门，只收 50 元材料费。');
    const log = recordingLog();
    const { phraser } = modelFor(log);
    expect(await phraser!.phrase(first.text, article, 'zh')).toMatch(/^您先把洗衣机关掉/);
    expect(await phraser!.phrase(second.text, article, 'zh')).toBeUndefined();
    expect(log.warnings).toContainEqual(expect.objectContaining({ code: 'LLM_FAILED', task: 'phrase', reason: 'adds-facts', articleId: 'washer-not-draining' }));
  });

  it('falls back when the model does not answer within LLM_TIMEOUT_MS, leaving the request behind', async () => {
    standIn.behave({ delayMs: Infinity });
    const log = recordingLog();
    const { rewriter } = modelFor(log, 200);
    const before = standIn.pending;
    // 1. The stand-in never answers; 2. the rewrite still resolves, so it did not wait for the model.
    expect(await rewriter!.rewrite(RAMBLING, 'zh')).toBeUndefined();
    expect(standIn.pending).toBe(before + 1);
    expect(log.warnings).toEqual([expect.objectContaining({ code: 'LLM_FAILED', task: 'rewrite', reason: 'timeout', timeoutMs: 200 })]);
  });

  it('falls back after a 500 without retrying', async () => {
    standIn.behave({ failStatus: 500 });
    const log = recordingLog();
    const { rewriter, phraser } = modelFor(log);
    const article = kb.get('washer-not-draining')!;
    const sent = standIn.requests.length;
    expect(await rewriter!.rewrite(RAMBLING, 'zh')).toBeUndefined();
    expect(await phraser!.phrase(sectionFor(article, 'zh').steps[0].text, article, 'zh')).toBeUndefined();
    expect(standIn.requests.length - sent).toBe(2);
    expect(log.warnings.map((w) => [w.code, w.task, w.reason])).toEqual([['LLM_FAILED', 'rewrite', 'error'], ['LLM_FAILED', 'phrase', 'error']]);
  });

  it('reads "no product or problem" as no query', async () => {
    standIn.reply('今天天气', '无。');
    standIn.reply('nice weather', '无');
    const { rewriter } = modelFor(recordingLog());
    expect(await rewriter!.rewrite('今天天气真好，随便聊聊', 'zh')).toBeUndefined();
    expect(await rewriter!.rewrite('nice weather today, just chatting', 'en')).toBeUndefined();
  });
});

describe('without a model', () => {
  it('builds none when LLM_BASE_URL and LLM_MODEL are unset', () => {
    expect(createLanguageModel(loadConfig({}), recordingLog())).toBeUndefined();
  });

  it.each([{ LLM_MODEL: 'qwen2.5:7b' }, { LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }])('refuses half a setting: %o', (env) => {
    expect(() => loadConfig(env)).toThrow(AppError);
    expect(() => loadConfig(env)).toThrow(/LLM_BASE_URL and LLM_MODEL/);
  });
});
