import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Contract suites are imported by each implementation's test file, never run directly.
    exclude: ['test/contracts/**', 'node_modules/**'],
    // Tests run botbuilder and ioredis as production loads them (issue 19: src/runtime/native-async-libraries.ts).
    setupFiles: ['./src/runtime/install-native-async.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: integration tests start real servers, so keep file-level parallelism modest.
    maxWorkers: 2,
  },
});
