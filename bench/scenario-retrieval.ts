import { readFileSync } from 'node:fs';
import { loadArticles } from '../src/kb/load-articles.js';
import { createBm25KnowledgeBase } from '../src/kb/create-bm25-knowledge-base.js';
import { Bm25Retriever } from '../src/kb/bm25-retriever.js';
import { syntheticArticles } from './synthetic-articles.js';
import { elapsedMs, mb, retainedHeapBytes, summarize } from './stats.js';

function evalQuestions(): string[] {
  return readFileSync('test/fixtures/kb-eval.jsonl', 'utf8').split('\n').filter((l) => l.trim())
    .map((line) => (JSON.parse(line) as { question: string }).question);
}

/**
 * Scenario 3: per-query latency at `size` articles, through the KnowledgeBase port the dialogs call
 * (LangChain retriever, product preference) and, for comparison, the BM25 index alone (searchSync).
 */
export async function retrievalScenario(size: number, passes: number): Promise<Record<string, unknown>> {
  const { articles: real } = await loadArticles('knowledge-base');
  const articles = syntheticArticles(real, size);
  const questions = evalQuestions();
  const heapBefore = retainedHeapBytes();
  const buildStart = process.hrtime.bigint();
  const kb = await createBm25KnowledgeBase(articles);
  const buildMs = elapsedMs(buildStart);
  const heapAfter = retainedHeapBytes();
  const index = new Bm25Retriever({ articles, k: 20 });

  for (const q of questions) { await kb.search(q, { limit: 5 }); index.searchSync(q); }
  const viaPort: number[] = [];
  const viaPortCpu: number[] = [];
  const indexOnly: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const q of questions) {
      let start = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      await kb.search(q, { limit: 5 });
      viaPort.push(elapsedMs(start));
      const used = process.cpuUsage(cpu);
      viaPortCpu.push((used.user + used.system) / 1000);
      start = process.hrtime.bigint();
      index.searchSync(q);
      indexOnly.push(elapsedMs(start));
    }
  }
  const port = summarize(viaPort);
  const raw = summarize(indexOnly);
  const portCpu = summarize(viaPortCpu);
  const target = size <= 1000 ? 2 : 10;
  return {
    scenario: 'retrieval', articles: size, queries: port.count,
    p50_ms: port.p50_ms, p99_ms: port.p99_ms, max_ms: port.max_ms,
    // Process CPU time per query: what the query costs, without the waits for a core on a busy machine.
    cpu_p50_ms: portCpu.p50_ms, cpu_p99_ms: portCpu.p99_ms,
    index_p50_ms: raw.p50_ms, index_p99_ms: raw.p99_ms,
    build_ms: Math.round(buildMs), index_heap_mb: mb(heapAfter - heapBefore),
    target_p99_ms: target, met: port.p99_ms < target,
  };
}
