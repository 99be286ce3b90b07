import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The suite with botbuilder and ioredis loaded as production loads them (src/runtime/native-async-libraries.ts).
export default mergeConfig(base, defineConfig({ test: { setupFiles: ['./src/runtime/install-native-async.ts'] } }));
