import { loadSplit } from './src/understand/cli/corpus.js';
import { contextOf } from './src/understand/cli/score.js';
import { understand } from './src/understand/understand.js';
const ids = process.argv.slice(2);
for (const it of loadSplit('test/fixtures/nlu', 'dev') as any[]) if (ids.includes(it.id)) {
  const c = contextOf(it); console.log(it.id, it.text, '|', JSON.stringify(c.options), '|', JSON.stringify(it.expect), '→', JSON.stringify(understand(it.text, c)).slice(0, 200));
}
