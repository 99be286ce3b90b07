// Imported first by the entry points (src/main.ts, bench/run.ts, bench/http-target.ts), before any
// module that loads botbuilder or ioredis: see native-async-libraries.ts.
import { installNativeAsyncLibraries } from './native-async-libraries.js';

installNativeAsyncLibraries();
