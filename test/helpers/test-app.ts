import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { createApp, type App, type AppOptions } from '../../src/app.js';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp {
  app: App;
  baseUrl: string;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** The whole program on a free loopback port, on a fresh embedded store unless told otherwise. */
export async function startTestApp(options: AppOptions & { dataDir?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'osb-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    KB_DIR: 'knowledge-base',
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    PORT: '0',
    LOG_LEVEL: 'silent',
    // The tests drive the bot over /api/messages as the Emulator would.
    BOT_FRAMEWORK_ANONYMOUS: 'true',
    ...options.env,
  });
  const app = await createApp(config, { watchKnowledgeBase: false, ...options });
  const baseUrl = await app.server.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    baseUrl,
    dataDir,
    async close({ keepData = false } = {}) {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
