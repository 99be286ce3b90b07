import { readFileSync } from 'node:fs';
import { loadArticles } from './src/kb/load-articles.ts';
import { createTokenizer } from './src/kb/tokenizer.ts';
import { evaluate, parseEvalSet } from './src/kb/evaluate.ts';
import { createBm25KnowledgeBase } from './src/kb/create-bm25-knowledge-base.ts';
const { articles } = await loadArticles('knowledge-base');
const qs = parseEvalSet(readFileSync('test/fixtures/kb-eval.jsonl','utf8'));
for (const [n, t] of [['jieba', createTokenizer('jieba')], ['jieba-search', createTokenizer('jieba', { searchMode: true })], ['intl', createTokenizer('intl')]] as const) {
  const kb = await createBm25KnowledgeBase(articles, { tokenizer: t });
  const { summary } = await evaluate(kb, qs);
  const zh = await evaluate(kb, qs.filter(q=>q.lang==='zh')); const en = await evaluate(kb, qs.filter(q=>q.lang==='en'));
  console.log(n, JSON.stringify(summary), 'zh', zh.summary.top1, zh.summary.top3, 'en', en.summary.top1, en.summary.top3);
}
