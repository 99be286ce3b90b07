import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Contract suites are imported by each implementation's test file, never run directly.
    exclude: ['test/contracts/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: integration tests start real servers, so keep file-level parallelism modest.
    maxWorkers: 2,
  },
});
