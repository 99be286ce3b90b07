import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { features } from '../choice.js';
import { normalize } from '../normalize.js';
import { understand } from '../understand.js';
import type { Reading, UnderstandContext } from '../reading.js';
import { loadSplit, type CorpusItem, type Split } from './corpus.js';
import { contextOf, judge } from './score.js';
import { BASELINES } from './baselines.js';

/**
 * `npm run nlu:eval [-- --misses] [-- --engine <name>]`: accuracy, silent misreadings and p99 time
 * per prompt type on both splits. Items of the test split are never printed, only totals; `--misses`
 * lists dev misses and refuses to touch the test split.
 */
const DIR = resolve('test/fixtures/nlu');

type Engine = (text: string, context: UnderstandContext, item: CorpusItem) => Reading;

interface Row { type: string; n: number; correct: number; silent: number; p99: number }

function p99(times: number[]): number {
  if (!times.length) return 0;
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
}

function run(items: CorpusItem[], engine: Engine, onMiss?: (item: CorpusItem, got: unknown) => void): Row[] {
  const byType = new Map<string, { n: number; correct: number; silent: number; times: number[] }>();
  for (const item of items) {
    const context = contextOf(item);
    // The median of five runs per reply: the recogniser's cost, not a neighbour's GC pause or load.
    const runs: number[] = [];
    let reading = engine(item.text, context, item);
    for (let i = 0; i < 5; i += 1) {
      // Each run cold: the text caches would otherwise answer runs 2–5 from the first.
      normalize.forget();
      features.forget();
      const started = performance.now();
      reading = engine(item.text, context, item);
      runs.push(performance.now() - started);
    }
    const elapsed = runs.sort((a, b) => a - b)[2];
    const verdict = judge(item, reading);
    const row = byType.get(item.type) ?? { n: 0, correct: 0, silent: 0, times: [] };
    row.n += 1;
    row.correct += verdict.correct ? 1 : 0;
    row.silent += verdict.silent ? 1 : 0;
    row.times.push(elapsed);
    byType.set(item.type, row);
    if (!verdict.correct) onMiss?.(item, verdict.got);
  }
  const rows = [...byType].map(([type, r]) => ({ type, n: r.n, correct: r.correct, silent: r.silent, p99: p99(r.times) }));
  const all = [...byType.values()];
  rows.sort((a, b) => a.type.localeCompare(b.type));
  rows.push({ type: 'ALL', n: sum(all, 'n'), correct: sum(all, 'correct'), silent: sum(all, 'silent'), p99: p99(all.flatMap((r) => r.times)) });
  return rows;
}

const sum = (rows: { n: number; correct: number; silent: number }[], key: 'n' | 'correct' | 'silent') => rows.reduce((s, r) => s + r[key], 0);
const pct = (r: Row) => (r.n ? (100 * r.correct) / r.n : 0);

function print(split: Split, rows: Row[]): void {
  console.log(`\n${split} split`);
  console.log(`${'prompt type'.padEnd(16)} ${'n'.padStart(4)} ${'correct'.padStart(8)} ${'silent'.padStart(7)} ${'p99 ms'.padStart(8)}`);
  for (const r of rows) console.log(`${r.type.padEnd(16)} ${String(r.n).padStart(4)} ${pct(r).toFixed(1).padStart(7)}% ${String(r.silent).padStart(7)} ${r.p99.toFixed(3).padStart(8)}`);
}

function totalsByBatch(items: ReturnType<typeof loadSplit>, engine: Engine): Record<string, Row> {
  const batches = [...new Set(items.map((item) => item.batch))].sort();
  return Object.fromEntries(batches.map((batch) => [batch, run(items.filter((item) => item.batch === batch), engine).at(-1)!]));
}

function describeBatches(totals: Record<string, Row>): string {
  return Object.entries(totals).map(([b, r]) => `${b} ${pct(r).toFixed(1)}% (${r.silent} silent, n ${r.n})`).join(' · ');
}

function main(): void {
  const args = process.argv.slice(2);
  const misses = args.includes('--misses');
  const engineName = args[args.indexOf('--engine') + 1] && args.includes('--engine') ? args[args.indexOf('--engine') + 1] : 'ours';
  const engine: Engine = engineName === 'ours' ? (text, context) => understand(text, context) : BASELINES[engineName];
  if (!engine) throw new Error(`unknown engine ${engineName}; one of: ours, ${Object.keys(BASELINES).join(', ')}`);
  if (misses && args.includes('--split') && args[args.indexOf('--split') + 1] === 'test') {
    console.error('--misses is for the dev split only: test items are never read.');
    process.exit(2);
  }
  // Warm-up: OpenCC's dictionaries and the libraries' models load once, outside the timings.
  understand('係呀 冷氣機 明天上午', { prompt: 'visit_time', today: '2026-11-18' });
  const dev = loadSplit(DIR, 'dev');
  // Steady state, as in a running bot: one untimed pass compiles the patterns and the JIT paths.
  for (const item of dev) engine(item.text, contextOf(item), item);
  const test = misses ? [] : loadSplit(DIR, 'test');
  const devRows = run(dev, engine, misses ? (item, got) => {
    console.log(`${item.id}\t${item.type}\t${item.text}\texpected ${JSON.stringify(item.expect)}\tgot ${JSON.stringify(got)}`);
  } : undefined);
  print('dev', devRows);
  // Each dev batch alone: a batch added untouched gives an honest out-of-sample figure before anyone tunes on it.
  const devBatches = totalsByBatch(dev, engine);
  console.log(`dev by batch: ${describeBatches(devBatches)}`);
  if (misses) return;
  const testRows = run(test, engine);
  print('test', testRows);
  // Test batches are totalled one by one, never itemised: a fresh batch's first figure is its honest one.
  const testBatches = totalsByBatch(test, engine);
  console.log(`test by batch: ${describeBatches(testBatches)}`);
  const figures = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.type, { n: r.n, accuracy: Number(pct(r).toFixed(1)), silent: r.silent, p99Ms: Number(r.p99.toFixed(3)) }]));
  const batchFigures = (totals: Record<string, Row>) => Object.fromEntries(Object.entries(totals).map(([b, r]) => [b, { n: r.n, accuracy: Number(pct(r).toFixed(1)), silent: r.silent }]));
  console.log(JSON.stringify({ engine: engineName, dev: figures(devRows), devByBatch: batchFigures(devBatches), test: figures(testRows), testByBatch: batchFigures(testBatches) }));
}

main();
