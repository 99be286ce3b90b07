import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/load-config.js';

/**
 * The whole program in a child process for crash-during-turn.test.ts. With CRASH_AFTER_TICKET_WRITE=1
 * it SIGKILLs itself the moment a ticket is durable: after the write, before the reply and before the
 * conversation state of that turn is saved — the worst moment for a duplicate.
 * Prints `listening <url>` once it accepts requests.
 */
const config = loadConfig();
const app = await createApp(config, { watchKnowledgeBase: false });
if (process.env.CRASH_AFTER_TICKET_WRITE === '1') {
  const tickets = app.stores.tickets;
  const create = tickets.create.bind(tickets);
  tickets.create = async (draft, day) => {
    const ticket = await create(draft, day);
    process.kill(process.pid, 'SIGKILL');
    return ticket;
  };
}
const address = await app.server.listen({ port: config.PORT, host: '127.0.0.1' });
process.stdout.write(`listening ${address}\n`);
