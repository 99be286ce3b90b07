import { parseArgs } from 'node:util';
import type { Article } from '../article-schema.js';
import { BASELINE_BM25_SETTINGS, DEFAULT_BM25_SETTINGS, withoutTechniques, TECHNIQUES, type Technique } from '../bm25-index.js';
import { createBm25KnowledgeBase } from '../create-bm25-knowledge-base.js';
import { detectProduct } from '../detect-product.js';
import { loadEvalSplits, type EvalSplit } from '../eval-splits.js';
import { decisionTable, evaluate, type EvalQuestion, type EvalReport } from '../evaluate.js';
import type { KnowledgeBase, SearchOptions } from '../knowledge-base.js';
import { loadArticles } from '../load-articles.js';
import { createTokenizer, type TokenizerKind } from '../tokenizer.js';
import { printWithModel } from './eval-with-model.js';

const USAGE = `usage: npm run kb:eval -- [--baseline] [--off technique,…] [--on technique,…] [--misses dev|regression|off-topic|none]
       [--tokenizer jieba|intl|plain] [--dir knowledge-base] [--scale N] [--llm]
Scores every split (dev: blind batches to tune on, each batch also on its own line; test: frozen blind batches, totals only;
regression: test/fixtures/kb-eval.jsonl; off-topic) with top-1, top-3, MRR and the decision table,
next to --baseline (one token per Chinese character, no synonyms, equal field weights, no product
preference). Misses are printed for the dev split only unless --misses says otherwise; never for test.
The LAST line is one JSON object with the figures of every split.
--off: switch techniques off to measure what each one does (${TECHNIQUES.join(', ')}, focus);
--on: switch on one that is off by default (spelling).
--scale N: also time the dev and regression questions against the articles copied up to N.
--llm: also search the dev split with the optional model's query rewrite (LLM_BASE_URL, LLM_MODEL).`;

interface Engine {
  kb: KnowledgeBase;
  options: (q: EvalQuestion) => SearchOptions;
}

async function buildEngine(articles: readonly Article[], kind: TokenizerKind, baseline: boolean, off: Set<string>, on: Set<string> = new Set()): Promise<Engine> {
  const settings = baseline ? BASELINE_BM25_SETTINGS : withoutTechniques(DEFAULT_BM25_SETTINGS, off as Set<Technique>, on);
  const kb = await createBm25KnowledgeBase(articles, { tokenizer: createTokenizer(baseline ? 'plain' : kind), settings });
  // 'general' turns the product preference off: the baseline is plain BM25 and nothing else.
  if (baseline) return { kb, options: () => ({ product: 'general' }) };
  if (off.has('focus')) return { kb, options: (q) => ({ product: detectProduct(q.question, { focus: false }) ?? 'general' }) };
  return { kb, options: (q) => ({ language: q.lang }) };
}

const pct = (right: number, n: number) => (n ? `${((100 * right) / n).toFixed(1)}%` : '-');

function splitFigures(report: EvalReport) {
  const table = decisionTable(report.decisions);
  const { n, pending, top1, top3, mrr } = report.summary;
  return { n, pending, top1, top3, mrr, decisions: table };
}

function splitLine(name: string, report: EvalReport, baseline: EvalReport): string {
  const { n, top1, top3, mrr, decisions: d } = splitFigures(report);
  if (n === 0) {
    return `${name.padEnd(10)} off-topic ${d.offTopic.n}: none ${d.offTopic.none} (${pct(d.offTopic.none, d.offTopic.n)}), confident ${d.offTopic.confident}  (baseline none ${decisionTable(baseline.decisions).offTopic.none})`;
  }
  const cells = [
    `${name.padEnd(10)} n=${String(n).padStart(4)}${report.summary.pending ? ` (+${report.summary.pending} waiting for their article)` : ''}  top1 ${top1.toFixed(3)}  top3 ${top3.toFixed(3)}  mrr ${mrr.toFixed(3)}  (baseline top1 ${baseline.summary.top1.toFixed(3)} top3 ${baseline.summary.top3.toFixed(3)})`,
    `           confident ${d.confident.n} (${d.confident.right} right, ${pct(d.confident.right, d.confident.n)})  ambiguous ${d.ambiguous.n} (${d.ambiguous.right} contain the right one, ${pct(d.ambiguous.right, d.ambiguous.n)})  weak ${d.weak.n} (${d.weak.right} right)  none ${d.none}`,
  ];
  if (d.offTopic.n) cells.push(`           off-topic ${d.offTopic.n}: none ${d.offTopic.none} (${pct(d.offTopic.none, d.offTopic.n)}), confident ${d.offTopic.confident}`);
  return cells.join('\n');
}

function printMisses(split: EvalSplit, report: EvalReport): void {
  for (const d of report.decisions) {
    const { question } = d;
    const rank = question.expected.length ? d.hits.findIndex((h) => question.expected.includes(h.article.id)) + 1 : 0;
    const offTopicMiss = question.expected.length === 0 && d.decision !== 'none';
    if (!offTopicMiss && (question.expected.length === 0 || rank === 1)) continue;
    const got = d.hits.slice(0, 3).map((h) => `${h.article.id}(${h.relevance.toFixed(2)})`).join(' ');
    console.log(`miss ${split.name} rank=${rank || '-'} ${d.decision} ${question.id ?? ''} ${question.question}\n  expected ${question.expected.join('|') || '(none)'}; got ${got}`);
  }
}

async function timeAtScale(articles: readonly Article[], kind: TokenizerKind, target: number, questions: EvalQuestion[]): Promise<string> {
  const copies = Array.from({ length: target }, (_, i) => {
    const a = articles[i % articles.length];
    return { ...a, id: `${a.id}-copy-${Math.floor(i / articles.length)}` };
  });
  const scaled = await buildEngine(copies, kind, false, new Set());
  await evaluate(scaled.kb, questions, scaled.options);
  const { summary } = await evaluate(scaled.kb, questions, scaled.options);
  return `timing at ${copies.length} articles: p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'boolean', default: false },
      off: { type: 'string', default: '' },
      on: { type: 'string', default: '' },
      misses: { type: 'string', default: 'dev' },
      tokenizer: { type: 'string', default: 'jieba' },
      dir: { type: 'string', default: 'knowledge-base' },
      scale: { type: 'string' },
      llm: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const kind = values.tokenizer as TokenizerKind;
  if (values.help || !['jieba', 'intl', 'plain'].includes(kind) || values.misses === 'test') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const off = new Set(values.off.split(',').filter(Boolean));
  const { articles, problems } = await loadArticles(values.dir);
  if (problems.length > 0) console.log(`${problems.length} article file(s) skipped or flagged; run npm run kb:lint`);
  const on = new Set(values.on.split(',').filter(Boolean));
  const engine = await buildEngine(articles, kind, values.baseline, off, on);
  const baseline = await buildEngine(articles, 'plain', true, off);
  const splits = loadEvalSplits();
  const result: Record<string, unknown> = { articles: articles.length, engine: values.baseline ? 'baseline' : `bm25-${kind}`, off: [...off], on: [...on] };
  const lines: string[] = [];
  for (const split of splits) {
    if (split.questions.length === 0) {
      lines.push(`${split.name.padEnd(10)} (no questions yet: ${split.files.join(', ') || 'no file'})`);
      continue;
    }
    // An untimed pass first: loading jieba's dictionary and JIT warm-up are not per-query costs.
    await evaluate(engine.kb, split.questions, engine.options);
    const report = await evaluate(engine.kb, split.questions, engine.options);
    const base = await evaluate(baseline.kb, split.questions, baseline.options);
    if (!split.frozen && values.misses === split.name) printMisses(split, report);
    lines.push(splitLine(split.name, report, base));
    result[split.name] = { ...splitFigures(report), baseline_top1: base.summary.top1, baseline_top3: base.summary.top3, p99_ms: report.summary.p99_ms };
    // A split of several batches also shows each one: a new batch's first figures are its honest ones.
    if (!split.frozen && split.batches.length > 1) {
      for (const batch of split.batches) {
        const label = `${split.name} ${batch.name}`;
        const [own, ownBase] = [await evaluate(engine.kb, batch.questions, engine.options), await evaluate(baseline.kb, batch.questions, baseline.options)];
        lines.push(splitLine(label, own, ownBase));
        result[label] = { ...splitFigures(own), baseline_top1: ownBase.summary.top1, baseline_top3: ownBase.summary.top3 };
      }
    }
  }
  console.log(`${articles.length} articles, ${values.baseline ? 'baseline' : `tokenizer ${kind}`}${off.size ? `, off: ${[...off].join(',')}` : ''}`);
  for (const line of lines) console.log(line);
  const visible = splits.filter((s) => !s.frozen && s.name !== 'off-topic').flatMap((s) => s.questions);
  if (values.scale) console.log(await timeAtScale(articles, kind, Number(values.scale), visible));
  if (values.llm) {
    const dev = splits[0].questions;
    const plain = await evaluate(engine.kb, dev, engine.options);
    return printWithModel(engine.kb, dev, engine.options, plain, (label, d) => `${label}: ${JSON.stringify(decisionTable(d))}`);
  }
  console.log(JSON.stringify(result));
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
