import { loadConfig } from '../../config/load-config.js';
import { silentLog, type Log } from '../../log.js';
import { evaluate, type EvalQuestion, type EvalReport } from '../evaluate.js';
import type { KnowledgeBase, SearchOptions } from '../knowledge-base.js';
import type { QueryRewriter } from '../language-model.js';
import { createLanguageModel } from '../llm/create-language-model.js';
import { searchWithRewrite } from '../search-with-rewrite.js';

export interface ModelEval {
  model: string;
  report: EvalReport;
  /** Questions the model was asked about, how many got no usable query, and how many of those failed (LLM_FAILED). */
  asked: number;
  noAnswer: number;
  failures: number;
}

/** Counts LLM_FAILED lines: a failing endpoint must show in the figures, not pass as "no gain". */
function countingLog(): Log & { failures: number } {
  const log = { ...silentLog, failures: 0, warn: (fields: object) => { if ((fields as { code?: string }).code === 'LLM_FAILED') log.failures++; } };
  return log;
}

/**
 * The eval set searched as the dialogs search it when LLM_BASE_URL and LLM_MODEL are set: plain
 * BM25, plus the model's rewritten query for long messages and weak results. Undefined without a model.
 */
export async function evaluateWithModel(
  kb: KnowledgeBase,
  questions: readonly EvalQuestion[],
  searchOptions: (q: EvalQuestion) => SearchOptions,
): Promise<ModelEval | undefined> {
  const config = loadConfig();
  const log = countingLog();
  const rewriter = createLanguageModel(config, log)?.rewriter;
  if (!rewriter || !config.LLM_MODEL) return undefined;
  let asked = 0;
  let noAnswer = 0;
  const counted: QueryRewriter = {
    async rewrite(message, language) {
      asked++;
      const query = await rewriter.rewrite(message, language);
      if (query === undefined) noAnswer++;
      return query;
    },
  };
  const rewriting: KnowledgeBase = {
    search: (query, options = {}) => searchWithRewrite(kb, counted, query, { ...options, language: options.language ?? 'zh' }),
    get: (id) => kb.get(id),
  };
  const report = await evaluate(rewriting, questions, (q) => ({ ...searchOptions(q), language: q.lang }));
  return { model: config.LLM_MODEL, report, asked, noAnswer, failures: log.failures };
}

/**
 * The --llm part of kb:eval: misses and decisions with the model, the plain figures labelled, and
 * the figures with the model as the last line. Exit code 2 when no model is configured.
 */
export async function printWithModel(
  kb: KnowledgeBase,
  questions: readonly EvalQuestion[],
  searchOptions: (q: EvalQuestion) => SearchOptions,
  plain: EvalReport,
  decisionTable: (label: string, decisions: EvalReport['decisions']) => string,
): Promise<number> {
  const withModel = await evaluateWithModel(kb, questions, searchOptions);
  if (!withModel) {
    console.error('--llm needs LLM_BASE_URL and LLM_MODEL, e.g. LLM_BASE_URL=http://localhost:11434/v1 LLM_MODEL=qwen2.5:7b');
    return 2;
  }
  for (const miss of withModel.report.misses) console.log(`miss with model rank=${miss.rank ?? '-'} ${miss.question}`);
  console.log(decisionTable(`decisions with query rewriting (${withModel.model})`, withModel.report.decisions));
  console.log(`model asked ${withModel.asked} times: no usable query ${withModel.noAnswer}, of which failed or timed out ${withModel.failures}`);
  console.log(`without model: ${JSON.stringify(plain.summary)}`);
  console.log(JSON.stringify(withModel.report.summary));
  return 0;
}
