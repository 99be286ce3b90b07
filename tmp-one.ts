import { understand } from './src/understand/understand.js';
const [prompt, ...texts] = process.argv.slice(2);
for (const t of texts) console.log(t, JSON.stringify(understand(t, { prompt: prompt as any, today: '2026-11-18' })));
