import { loadSplit } from './src/understand/cli/corpus.js';
import { contextOf } from './src/understand/cli/score.js';
import { understand } from './src/understand/understand.js';
import { normalize } from './src/understand/normalize.js';
const ids = process.argv.slice(2);
for (const it of loadSplit('test/fixtures/nlu', 'dev') as any[]) if (ids.includes(it.id)) {
  const c = contextOf(it); console.log(it.id, normalize(it.text).lower, JSON.stringify(c.stored), JSON.stringify(understand(it.text, c)).slice(0, 300));
}
