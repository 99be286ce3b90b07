import { understand } from './src/understand/understand.js';
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(understand(t, { prompt: 'purchase_date', today: '2026-07-10' })));
