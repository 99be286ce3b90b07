import { openStores } from '../../../src/store/open-stores.js';
import { sampleDraft } from '../../contracts/sample-records.js';

/**
 * Child process for sqlite-durability.test.ts: creates tickets in `<dataDir>`, prints each number
 * once it is acknowledged, then exits cleanly or SIGKILLs itself (`crash`) without closing anything.
 * Usage: node --import tsx ticket-writer-process.ts <dataDir> <count> <exit|crash>
 */
const [dataDir, count, ending] = process.argv.slice(2);
const stores = await openStores({ dataDir });
for (let i = 0; i < Number(count); i++) {
  const ticket = await stores.tickets.create(sampleDraft(), '20250314');
  // Writes to a pipe are synchronous on Linux, so a printed number has left this process.
  process.stdout.write(`${ticket.id}\n`);
}
if (ending === 'crash') process.kill(process.pid, 'SIGKILL');
await stores.close();
