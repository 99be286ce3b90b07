// First: botbuilder and ioredis load rewritten (issue 19, src/runtime/native-async-libraries.ts).
import './runtime/install-native-async.js';
import pino from 'pino';
import { maskedLogOptions } from './log-masking.js';
import { loadConfig } from './config/load-config.js';
import { createApp } from './app.js';
import { isAppError } from './errors.js';
import { nativeAsyncLibraries } from './runtime/native-async-libraries.js';

/** Composition root: read the environment, build the app, listen, and stop cleanly on a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  // JSON logs with personal data masked (phone numbers, names, addresses): src/log-masking.ts.
  const log = pino(maskedLogOptions(config.LOG_LEVEL));
  const app = await createApp(config, { log });
  const address = await app.server.listen({ port: config.PORT, host: config.HOST });
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  log.info({ address, store: app.stores.kind, nativeAsyncLibraries: nativeAsyncLibraries() }, 'server.listening');
  process.stdout.write(`\n  Web chat:      ${shown}/\n  Bot Framework: ${shown}/api/messages\n  Store:         ${app.stores.kind}${app.stores.kind === 'sqlite' ? ` (${config.DATA_DIR})` : ''}\n`);
  if (!config.ADMIN_TOKEN) process.stdout.write(`  Dev admin token (set ADMIN_TOKEN to choose one): ${app.adminToken}\n`);
  process.stdout.write('\n');

  const stop = async (signal: string) => {
    log.info({ signal }, 'server.stopping');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  const message = isAppError(err) ? `${err.code}: ${err.message}` : String(err?.stack ?? err);
  process.stderr.write(`Could not start: ${message}\n`);
  process.exit(1);
});
