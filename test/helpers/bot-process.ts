import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROCESS_ADMIN_TOKEN = 'fault-test-admin-token-0123456789';

/** The real program (`src/main.ts`) as a child process, the way `npm start` runs it. */
export interface BotProcess {
  baseUrl: string;
  port: number;
  /** Still running (not exited, not killed). */
  alive(): boolean;
  /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. */
  kill9(): Promise<void>;
  /** Starts again on the same port and environment. */
  restart(): Promise<void>;
  /** Kills it and removes its data directory. */
  destroy(): Promise<void>;
  /** What it wrote to stderr, for failure messages. */
  stderr(): string;
}

export { freePort };

/** Starts `node --import tsx src/main.ts` with `env` on a free port; resolves once /healthz answers. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'osb-process-'));
  const fullEnv = {
    ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: PROCESS_ADMIN_TOKEN,
    LOG_LEVEL: 'silent', REDIS_URL: '', SLA_POLL_MS: '3600000', BOT_FRAMEWORK_ANONYMOUS: 'true', ...env,
  };
  let child: ChildProcess;
  let errors = '';
  const launch = async () => {
    errors = '';
    // node itself rather than npx, so the pid we kill is the program and not a wrapper.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: fullEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk) => { errors += chunk; });
    await waitHealthy(child, port, () => errors);
  };
  await launch();
  const kill9 = () => killAndWait(child, 'SIGKILL');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    alive: () => child.exitCode === null && child.signalCode === null,
    kill9,
    async restart() {
      await kill9();
      await launch();
    },
    async destroy() {
      await kill9();
      rmSync(dataDir, { recursive: true, force: true });
    },
    stderr: () => errors,
  };
}

async function waitHealthy(child: ChildProcess, port: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the program exited (${child.exitCode}): ${stderr()}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the program did not answer /healthz within 60 s: ${stderr()}`);
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
