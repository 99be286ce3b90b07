import { loadSplit } from './src/understand/cli/corpus.js';
import { contextOf } from './src/understand/cli/score.js';
import { understand } from './src/understand/understand.js';
import { readYesNo } from './src/understand/yes-no.js';
import { normalize } from './src/understand/normalize.js';
const items = loadSplit('test/fixtures/nlu', 'dev');
const P = new Set(['quote_accept', 'upsell', 'summary_confirm']);
for (const it of items as any[]) {
  if (!P.has(it.type)) continue;
  if (!/[?？]/.test(it.text)) continue;
  const first = it.text.split(/[?？]/)[0];
  const clauses = it.text.split(/[，,。.!！]/);
  const yes = readYesNo(normalize(clauses[0]).lower);
  if (yes !== 'yes') continue;
  const got = understand(it.text, contextOf(it));
  console.log([it.id, it.type, JSON.stringify(it.expect), got.kind + (got as any).topic ?? '', it.text].join('\t'));
}
