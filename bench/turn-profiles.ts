import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';

/**
 * Profiles of the turn scenario's measured window only (not the KB build or warm-up): a CPU profile
 * when BENCH_CPU_PROF=<dir>, a sampling heap profile (what was allocated, by stack) when
 * BENCH_HEAP_PROF=<dir>; with BENCH_HEAP_PROMOTED=1 that profile keeps only what outlived the
 * scavenges (what was promoted to the old generation, the work that makes a scavenge long). Read them
 * with `npx tsx bench/profile-shares.ts <file>`.
 */
export async function startTurnProfiles(env: NodeJS.ProcessEnv): Promise<() => Promise<string[]>> {
  const cpuDir = env.BENCH_CPU_PROF;
  const heapDir = env.BENCH_HEAP_PROF;
  if (!cpuDir && !heapDir) return async () => [];
  const session = new Session();
  session.connect();
  if (cpuDir) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  // 4 KB between samples on average; garbage included (what a turn allocates and drops is what fills
  // the young generation), or only what survived young-generation collections.
  if (heapDir) await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !env.BENCH_HEAP_PROMOTED,
  } as never);
  return async () => {
    const written: string[] = [];
    const stamp = Date.now();
    if (cpuDir) {
      const { profile } = await session.post('Profiler.stop');
      written.push(save(cpuDir, `turns-${stamp}.cpuprofile`, profile));
    }
    if (heapDir) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      written.push(save(heapDir, `turns-${stamp}.heapprofile`, profile));
    }
    session.disconnect();
    return written;
  };
}

function save(dir: string, name: string, profile: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(profile));
  return path;
}
