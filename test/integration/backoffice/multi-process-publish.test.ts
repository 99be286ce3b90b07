import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { copyKnowledgeBase, STAFF, STAFF_TOKENS_ENV } from '../../helpers/kb-copy.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';

/*
 * Two bot processes on one Redis, each with its own knowledge-base/ folder (as on two machines):
 * a trainer publishes on the first; the second hears it over pub/sub, writes the revision from the
 * shared store into its own folder and swaps its index, with no restart.
 */
let redis: RedisServer;
const apps: TestApp[] = [];
const folders: ReturnType<typeof copyKnowledgeBase>[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  for (let i = 0; i < 2; i++) {
    const kb = copyKnowledgeBase();
    folders.push(kb);
    apps.push(await startTestApp({ env: { KB_DIR: kb.dir, REDIS_URL: redis.url, STAFF_TOKENS: STAFF_TOKENS_ENV } }));
  }
});
afterAll(async () => {
  for (const app of apps) await app.close();
  for (const kb of folders) kb.remove();
  await redis?.destroy();
});

async function call(app: TestApp, method: string, path: string, body?: unknown) {
  const response = await app.app.server.inject({ method: method as 'GET', url: path, headers: { authorization: `Bearer ${STAFF.trainer}` }, ...(body ? { payload: body as object } : {}) });
  return response.json() as Record<string, any>;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

describe('publishing across processes', () => {
  it('reaches the other process without a restart', async () => {
    const [first, second] = apps;
    const step = '先断电，再把排水管拔下来冲洗干净，这是两进程测试写的新第一步。';
    const view = await call(first, 'GET', '/api/articles/washer-not-draining');
    const body = (view.editable.body as string).replace(/^1\. .*$/m, `1. ${step}`);
    await call(first, 'PUT', '/api/articles/washer-not-draining', { ...view.editable.fields, body });
    await call(first, 'POST', '/api/articles/washer-not-draining/publish');

    const ask = () => call(second, 'POST', '/api/kb/ask', { question: '洗衣机不排水' });
    const answer = await eventually(ask, (a) => a.answer?.step?.text === step);
    expect(answer.answer.step.text).toBe(step);
    expect(readFileSync(join(folders[1].dir, 'washing-machine', 'washer-not-draining.md'), 'utf8')).toContain(step);
  });
});
