import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../helpers/free-port.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { textsOf, WebChatClient } from '../../helpers/web-chat-client.js';

/**
 * These machines cannot pull base images, so the image is not built here. Instead the test reads
 * the Dockerfile and runs its CMD and HEALTHCHECK with its ENV, as the container would: same
 * variables (NODE_ENV=production), /app mapped to the checkout, the DATA_DIR volume a fresh directory.
 */
interface ImageSpec {
  env: Record<string, string>;
  cmd: string[];
  healthcheck: string[];
  user: string | undefined;
}

function readDockerfile(): ImageSpec {
  const text = readFileSync('Dockerfile', 'utf8').replace(/\\\n\s*/g, ' ');
  const runtime = text.slice(text.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const line of runtime.split('\n').filter((l) => l.startsWith('ENV '))) {
    for (const [, key, value] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[key] = value;
  }
  const json = (instruction: string) => JSON.parse(runtime.match(new RegExp(`^${instruction}(?: .*?)? (\\[.*\\])$`, 'm'))![1]) as string[];
  return { env, cmd: json('CMD'), healthcheck: json('HEALTHCHECK'), user: runtime.match(/^USER (\S+)/m)?.[1] };
}

/** An image path under /app is the checkout here; `node` is the node running the tests. */
function asHere(args: string[]): [string, string[]] {
  const [command, ...rest] = args.map((arg) => arg.replace(/^\/app(?=\/|$)/, resolve('.')));
  return [command === 'node' ? process.execPath : command, rest];
}

const spec = readDockerfile();
const dataDir = mkdtempSync(join(tmpdir(), 'osb-image-'));
let redis: RedisServer;
let child: ChildProcess | undefined;
let port: number;
let stderr = '';

beforeAll(async () => {
  redis = await startRedisServer();
  port = await freePort();
  const env = {
    // Only what the container has: the image's ENV, compose's environment, PATH for the tools.
    PATH: process.env.PATH ?? '',
    ...Object.fromEntries(Object.entries(spec.env).map(([key, value]) => [key, value.replace(/^\/app(?=\/|$)/, resolve('.'))])),
    PORT: String(port), DATA_DIR: dataDir, REDIS_URL: redis.url, ADMIN_TOKEN: 'image-test-admin-token-0123456789', LOG_LEVEL: 'warn',
  };
  const [command, args] = asHere(spec.cmd);
  child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  await waitHealthy(90_000);
}, 120_000);

async function waitHealthy(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child!.exitCode !== null) throw new Error(`the entry command exited (${child!.exitCode}): ${stderr}`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no /healthz within ${timeoutMs} ms: ${stderr}`);
}

afterAll(async () => {
  if (child && child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  await redis?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the image\'s entry command', () => {
  it('runs as a non-root user in production mode, with /data as its volume', () => {
    expect(spec.user).toBe('node');
    expect(spec.env).toMatchObject({ NODE_ENV: 'production', DATA_DIR: '/data', HOST: '0.0.0.0' });
    expect(readFileSync('Dockerfile', 'utf8')).toMatch(/^VOLUME \["\/data"\]$/m);
  });

  it('passes its own HEALTHCHECK', async () => {
    const [command, args] = asHere(spec.healthcheck);
    const probe = spawn(command, args, { env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: 'ignore' });
    expect(await new Promise((done) => probe.once('exit', done))).toBe(0);
  });

  it('answers a web chat turn', { timeout: 30_000 }, async () => {
    const customer = await WebChatClient.open(`http://127.0.0.1:${port}`);
    try {
      expect(textsOf(await customer.send('洗衣机不排水'))).not.toBe('');
    } finally {
      await customer.close();
    }
  });

  it('stops cleanly on SIGTERM, as `docker stop` sends it: exit code 0 within the grace period', { timeout: 30_000 }, async () => {
    const exited = new Promise<[number | null, string | null]>((done) => child!.once('exit', (code, signal) => done([code, signal])));
    child!.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(stderr).not.toMatch(/error/i);
  });
});
