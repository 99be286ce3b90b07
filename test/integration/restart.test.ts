import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';

const ADMIN_TOKEN = 'restart-test-admin-token-0123456789';
const dataDir = mkdtempSync(join(tmpdir(), 'osb-restart-'));
const running: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** The real program, as `npm start` runs it, on the shared data dir; resolves once /healthz answers. */
async function startProgram(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN, LOG_LEVEL: 'silent', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the program exited (${child.exitCode}): ${stderr}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

afterAll(async () => {
  await Promise.all(running.map(kill));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a restart', () => {
  it('keeps the ticket and the conversation after the process is killed', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await startProgram(port);
    const customer = new BotFrameworkClient(base, undefined, '王女士');
    await customer.send('洗衣机不排水');
    for (const answer of ['要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午']) await customer.send(answer);
    const id = texts(await customer.send('确认')).match(/RT-\d{8}-\d{4}/)?.[0];
    expect(id).toBeDefined();

    // 1. SIGKILL: no shutdown hook runs, so only what was already durable survives.
    await kill(first);
    await startProgram(port);

    const stored = await fetch(`${base}/api/tickets/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ id, name: '王芳', phone: '13912345678', status: 'open' });

    // 2. The conversation resumes where it was (the rating question), and knows the ticket.
    expect(texts(await customer.send('我的工单到哪了'))).toMatch(new RegExp(`${id}[\\s\\S]*已登记[\\s\\S]*打个分`));
    expect(texts(await customer.send('5'))).toMatch(/谢谢您的认可/);
  });
});
