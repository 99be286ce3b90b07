import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadArticles } from './src/kb/load-articles.ts';
import { Bm25Index } from './src/kb/bm25-index.ts';
import { articleFields } from './src/kb/article-fields.ts';
import { createTokenizer } from './src/kb/tokenizer.ts';
import { parseEvalSet } from './src/kb/evaluate.ts';
import { createBm25KnowledgeBase } from './src/kb/create-bm25-knowledge-base.ts';
const { articles } = await loadArticles('knowledge-base');
const qs = parseEvalSet(readFileSync('test/fixtures/kb-eval.jsonl','utf8'));
const sym = new Set(articles.flatMap(a=>[...a.symptoms.zh,...(a.symptoms.en??[])]).map(s=>s.toLowerCase()));
console.log('eval questions equal to a symptom:', qs.filter(q=>sym.has(q.question.toLowerCase())).length);
const tok = createTokenizer('jieba');
// scale to 1000 docs by cloning with suffixed ids
const docs = [];
for (let r=0;r<16;r++) for (const a of articles) docs.push({id:`${a.id}-${r}`, fields: articleFields(a)});
let t0=performance.now(); const idx = new Bm25Index(docs.slice(0,1000), tok); console.log('build ms', performance.now()-t0, idx.size);
for (const q of qs) idx.search(q.question, 10);
const times=[]; for (let rep=0;rep<3;rep++) for (const q of qs){const s=performance.now(); idx.search(q.question,10); times.push(performance.now()-s);}
times.sort((a,b)=>a-b); console.log('index@1000 p50', times[Math.floor(times.length*.5)], 'p99', times[Math.floor(times.length*.99)]);
const tt=[]; for (const q of qs){const s=performance.now(); tok.tokenize(q.question); tt.push(performance.now()-s);} tt.sort((a,b)=>a-b); console.log('tokenize p50', tt[Math.floor(tt.length*.5)], 'p99', tt[Math.floor(tt.length*.99)]);
const kb = await createBm25KnowledgeBase(articles);
const kt=[]; for (let rep=0;rep<3;rep++) for (const q of qs){const s=performance.now(); await kb.search(q.question); kt.push(performance.now()-s);} kt.sort((a,b)=>a-b); console.log('kb p50', kt[Math.floor(kt.length*.5)], 'p99', kt[Math.floor(kt.length*.99)]);
