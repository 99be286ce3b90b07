import { readFileSync } from 'node:fs';
import { loadArticles } from './src/kb/load-articles.ts';
import { DEFAULT_BM25_SETTINGS, type Bm25Settings } from './src/kb/bm25-index.ts';
import { createTokenizer } from './src/kb/tokenizer.ts';
import { evaluate, parseEvalSet } from './src/kb/evaluate.ts';
import { createBm25KnowledgeBase } from './src/kb/create-bm25-knowledge-base.ts';
const { articles } = await loadArticles('knowledge-base');
const qs = parseEvalSet(readFileSync('test/fixtures/kb-eval.jsonl','utf8'));
const tok = createTokenizer(process.argv[2] as any ?? 'jieba');
const D = DEFAULT_BM25_SETTINGS;
const grid: [string, Bm25Settings][] = [];
for (const k1 of [1.2]) for (const b of [0.4]) for (const [bn, boosts] of [
  ['3/4/2/1/.3', { title: 3, symptoms: 4, models: 2, summary: 1, steps: 0.3 }],
  ['3/5/2/1/.3', { title: 3, symptoms: 5, models: 2, summary: 1, steps: 0.3 }],
  ['3/5/2/1/.2', { title: 3, symptoms: 5, models: 2, summary: 1, steps: 0.2 }],
  ['2/5/2/1/.2', { title: 2, symptoms: 5, models: 2, summary: 1, steps: 0.2 }],
  ['4/5/2/1/.2', { title: 4, symptoms: 5, models: 2, summary: 1, steps: 0.2 }],
  ['3/5/3/1/.2', { title: 3, symptoms: 5, models: 3, summary: 1, steps: 0.2 }],
  ['3/5/1/1/.2', { title: 3, symptoms: 5, models: 1, summary: 1, steps: 0.2 }],
  ['3/5/2/.5/.2', { title: 3, symptoms: 5, models: 2, summary: 0.5, steps: 0.2 }],
  ['3/5/2/1.5/.2', { title: 3, symptoms: 5, models: 2, summary: 1.5, steps: 0.2 }],
  ['3/6/2/1/.1', { title: 3, symptoms: 6, models: 2, summary: 1, steps: 0.1 }],
  ['3/5/2/1/0', { title: 3, symptoms: 5, models: 2, summary: 1, steps: 0 }],
] as const) for (const fr of [D.fieldRelevance, { title: 1, symptoms: 1, models: 1, summary: 0.5, steps: 0.3 }]) grid.push([`k1=${k1} b=${b} boosts=${bn} fr=${fr.steps}`, { ...D, k1, b, boosts: boosts as any, fieldRelevance: fr }]);
const rows = [];
for (const [name, settings] of grid) {
  const kb = await createBm25KnowledgeBase(articles, { tokenizer: tok, settings });
  const { summary } = await evaluate(kb, qs);
  rows.push([summary.top1, summary.top3, summary.mrr, name]);
}
rows.sort((a: any, b: any) => b[2] - a[2]);
for (const r of rows.slice(0, 12)) console.log(r.join('  '));
console.log('...'); for (const r of rows.slice(-3)) console.log(r.join('  '));
