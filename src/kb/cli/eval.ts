import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BASELINE_BM25_SETTINGS, DEFAULT_BM25_SETTINGS } from '../bm25-index.js';
import { createBm25KnowledgeBase } from '../create-bm25-knowledge-base.js';
import { evaluate, parseEvalSet, type EvalReport } from '../evaluate.js';
import { loadArticles } from '../load-articles.js';
import { createTokenizer, type TokenizerKind } from '../tokenizer.js';
import { printWithModel } from './eval-with-model.js';

const USAGE = `usage: npm run kb:eval -- [file.jsonl] [--baseline] [--tokenizer jieba|intl|plain] [--dir knowledge-base] [--offtopic file.jsonl] [--scale N] [--llm]
Prints each question whose expected article was not ranked first, then decision counts, and as the
LAST line one JSON object {"n","top1","top3","mrr","p50_ms","p99_ms"}.
--baseline: one token per Chinese character, no synonyms, equal field weights, no product preference.
--scale N: also time the questions against the articles copied up to N (speed only; quality is not scored).
--llm: also search as the bot does with the optional model (LLM_BASE_URL, LLM_MODEL set): the plain
figures are printed first, labelled, and the LAST line holds the figures with query rewriting.`;

function decisionTable(label: string, decisions: EvalReport['decisions']): string {
  const counts = new Map<string, { all: number; correct: number }>();
  for (const d of decisions) {
    const c = counts.get(d.decision) ?? { all: 0, correct: 0 };
    c.all++;
    if (d.correct) c.correct++;
    counts.set(d.decision, c);
  }
  const cells = [...counts].map(([kind, c]) => `${kind} ${c.all} (${c.correct} right)`);
  return `${label}: ${cells.join(', ')}`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      baseline: { type: 'boolean', default: false },
      tokenizer: { type: 'string' },
      dir: { type: 'string', default: 'knowledge-base' },
      offtopic: { type: 'string', default: 'test/fixtures/kb/off-topic.jsonl' },
      scale: { type: 'string' },
      llm: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0] ?? 'test/fixtures/kb-eval.jsonl';
  const kind = (values.tokenizer ?? (values.baseline ? 'plain' : 'jieba')) as TokenizerKind;
  if (!['jieba', 'intl', 'plain'].includes(kind)) {
    console.error(USAGE);
    return 2;
  }
  const { articles, problems } = await loadArticles(values.dir);
  if (problems.length > 0) console.log(`${problems.length} article file(s) skipped or flagged; run npm run kb:lint`);
  const kb = await createBm25KnowledgeBase(articles, {
    tokenizer: createTokenizer(kind),
    settings: values.baseline ? BASELINE_BM25_SETTINGS : DEFAULT_BM25_SETTINGS,
  });
  const questions = parseEvalSet(await readFile(file, 'utf8'), file);
  // 'general' turns the product preference off: the baseline is plain BM25 and nothing else.
  const options = values.baseline ? () => ({ product: 'general' as const }) : undefined;
  // An untimed pass first: loading jieba's dictionary and JIT warm-up are not per-query costs.
  await evaluate(kb, questions, options);
  const report = await evaluate(kb, questions, options);

  for (const miss of report.misses) {
    const got = miss.got.map((g) => `${g.id}(${g.relevance})`).join(' ');
    console.log(`miss rank=${miss.rank ?? '-'} ${miss.question}\n  expected ${miss.expected.join('|')}; got ${got}`);
  }
  console.log(`${articles.length} articles, tokenizer ${kind}${values.baseline ? ', baseline' : ''}`);
  console.log(decisionTable('decisions on the eval set', report.decisions));
  if (existsSync(values.offtopic)) {
    const offTopic = parseEvalSet(await readFile(values.offtopic, 'utf8'), values.offtopic);
    const offReport = await evaluate(kb, offTopic, options);
    console.log(decisionTable('decisions on off-topic questions (right = none)', offReport.decisions));
  }
  if (values.scale) {
    const target = Number(values.scale);
    const copies = Array.from({ length: target }, (_, i) => {
      const a = articles[i % articles.length];
      return { ...a, id: `${a.id}-copy-${Math.floor(i / articles.length)}` };
    });
    const scaled = await createBm25KnowledgeBase(copies, { tokenizer: createTokenizer(kind), settings: values.baseline ? BASELINE_BM25_SETTINGS : DEFAULT_BM25_SETTINGS });
    await evaluate(scaled, questions, options);
    const { summary } = await evaluate(scaled, questions, options);
    console.log(`timing at ${copies.length} articles: p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`);
  }
  if (values.llm) return printWithModel(kb, questions, () => options?.() ?? {}, report, decisionTable);
  console.log(JSON.stringify(report.summary));
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
