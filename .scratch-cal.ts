import { readFileSync } from 'node:fs';
import { loadArticles } from './src/kb/load-articles.ts';
import { parseEvalSet } from './src/kb/evaluate.ts';
import { createBm25KnowledgeBase } from './src/kb/create-bm25-knowledge-base.ts';
const { articles } = await loadArticles('knowledge-base');
const kb = await createBm25KnowledgeBase(articles);
const qs = parseEvalSet(readFileSync('test/fixtures/kb-eval.jsonl','utf8'));
const off = parseEvalSet(readFileSync('test/fixtures/kb/off-topic.jsonl','utf8'));
const pct = (a: number[], p: number) => { const s=[...a].sort((x,y)=>x-y); return s[Math.floor(p*(s.length-1))].toFixed(2); };
const right: number[] = [], wrong: number[] = [], offs: number[] = [];
const rows = [];
for (const q of qs) { const h = await kb.search(q.question, { limit: 5 }); const ok = q.expected.includes(h[0]?.article.id); (ok?right:wrong).push(h[0]?.relevance ?? 0);
  rows.push({ ok, r1: h[0]?.relevance ?? 0, r2: h[1]?.relevance ?? 0, s: (h[1]?.score ?? 0)/(h[0]?.score ?? 1), second: q.expected.includes(h[1]?.article.id) }); }
for (const q of off) { const h = await kb.search(q.question, { limit: 5 }); offs.push(h[0]?.relevance ?? 0); console.log('off', q.question, h.slice(0,2).map(x=>x.article.id+':'+x.relevance.toFixed(2)+':'+x.score.toFixed(1)).join(' ')); }
for (const p of [0.05, 0.1, 0.25, 0.5]) console.log('p', p, 'right', pct(right, p), 'wrong', pct(wrong, p), 'off', pct(offs, p));
console.log('off max', Math.max(...offs).toFixed(2), 'wrong n', wrong.length, 'wrong rel', wrong.map(x=>x.toFixed(2)).join(' '));
// how many right answers have a close second
for (const [m, sr] of [[0.05, 0.9], [0.1, 0.8], [0.1, 0.9], [0.15, 0.8]]) {
  const amb = rows.filter(r => r.r1 - r.r2 <= m && r.s >= sr);
  console.log(`margin ${m} ratio ${sr}: ambiguous ${amb.length} (top wrong ${amb.filter(r=>!r.ok).length}, second right ${amb.filter(r=>r.second).length}); wrong-top not ambiguous ${rows.filter(r=>!r.ok && !(r.r1 - r.r2 <= m && r.s >= sr)).length}`);
}
