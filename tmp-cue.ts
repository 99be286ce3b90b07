import { detectCorrectionCue } from './src/understand/correction.js';
import { normalize } from './src/understand/normalize.js';
for (const t of process.argv.slice(2)) { const n = normalize(t); console.log(JSON.stringify(n.text), JSON.stringify(detectCorrectionCue(n.text, true))); }
