import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The whole app for fuzzing: its own copy of the knowledge base (staff routes may write articles),
 * and the rate limits off so every payload reaches the code behind them (the limits have their own tests).
 */
export async function startFuzzApp(env: Record<string, string> = {}): Promise<TestApp & { kbDir: string }> {
  const kbDir = mkdtempSync(join(tmpdir(), 'osb-fuzz-kb-'));
  cpSync('knowledge-base', kbDir, { recursive: true });
  const app = await startTestApp({ startSlaClock: false, env: { KB_DIR: kbDir, IP_RATE_MAX: '0', CUSTOMER_RATE_MAX: '0', ...env } });
  return {
    ...app,
    kbDir,
    async close(options) {
      await app.close(options);
      rmSync(kbDir, { recursive: true, force: true });
    },
  };
}
