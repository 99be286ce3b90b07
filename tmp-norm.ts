import { normalize } from './src/understand/normalize.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(normalize(t)));
