import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Latency figures in milliseconds, rounded to microseconds so the JSON lines stay readable. */
export interface LatencySummary {
  count: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_ms: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Nearest-rank percentile over an already sorted array. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    count: sorted.length,
    p50_ms: round(percentile(sorted, 50)),
    p99_ms: round(percentile(sorted, 99)),
    max_ms: round(sorted[sorted.length - 1] ?? 0),
    mean_ms: round(sorted.length ? total / sorted.length : 0),
  };
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading), with sub-microsecond resolution. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  try {
    return await work();
  } finally {
    samples.push(elapsedMs(start));
  }
}

/** Runs `worker` on `concurrency` lanes until each returns false or the deadline passes. */
export async function lanes(concurrency: number, deadline: number, worker: (lane: number) => Promise<boolean>): Promise<void> {
  await Promise.all(Array.from({ length: concurrency }, async (_, lane) => {
    while (Date.now() < deadline && (await worker(lane)));
  }));
}

export function emit(record: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** Heap and off-heap buffers in use after a full collection, so a figure counts what is retained, not garbage not yet collected. */
export function retainedHeapBytes(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const { heapUsed, external } = process.memoryUsage();
  // external: the index keeps its postings in typed arrays, whose buffers live outside the JS heap.
  return heapUsed + external;
}
