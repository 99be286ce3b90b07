import { Session } from 'node:inspector/promises';
import { summarize } from './stats.js';

/** The understanding layer: every frame under src/understand/ (readers of replies, dates, variants…). */
const UNDERSTANDING = /\/src\/understand\//;
/** Fine enough that a recogniser's 0.1 ms shows, coarse enough not to swamp the turn. */
const SAMPLING_US = 50;

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

export interface TurnSpan { startUs: number; endUs: number }

/** Microseconds on the clock V8's profiler stamps its samples with (both are CLOCK_MONOTONIC). */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * Issue 14's measure: how much of each turn the understanding layer takes. `drive` runs turns and
 * reports each one's span; meanwhile V8's sampling profiler runs, and every sample inside a turn
 * whose stack holds a frame of src/understand/ counts for that turn. Figures are per turn: p50, p99
 * and mean of the understanding layer's time, and its share of the turns' busy (not idle) samples. The profiler
 * slows everything alike, so the share holds and the absolute figures err high.
 */
export async function understandingTime(drive: (onTurn: (span: TurnSpan) => void) => Promise<void>): Promise<Record<string, number>> {
  const spans: TurnSpan[] = [];
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.post('Profiler.start');
  let profile: CpuProfile;
  try {
    await drive((span) => spans.push(span));
  } finally {
    profile = (await session.post('Profiler.stop')).profile as unknown as CpuProfile;
    session.disconnect();
  }
  const inLayer = layerNodes(profile);
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let wallUs = 0;
  const layerUs = new Array<number>(spans.length).fill(0);
  const turnUs = new Array<number>(spans.length).fill(0);
  let at = profile.startTime;
  let turn = 0;
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    while (turn < spans.length && spans[turn].endUs < at) turn += 1;
    if (turn >= spans.length || at < spans[turn].startUs) return;
    wallUs += delta;
    if (idle.has(node)) return;
    turnUs[turn] += delta;
    if (inLayer.has(node)) layerUs[turn] += delta;
  });
  const ms = summarize(layerUs.map((us) => us / 1000));
  const sampled = turnUs.reduce((sum, us) => sum + us, 0);
  const layer = layerUs.reduce((sum, us) => sum + us, 0);
  return {
    turns: spans.length,
    p50_ms: ms.p50_ms, p99_ms: ms.p99_ms, max_ms: ms.max_ms, mean_ms: ms.mean_ms,
    share_of_turn: Math.round((layer / Math.max(1, sampled)) * 1000) / 1000,
    // The turns' wall time the samples cover: about 1 when samples and spans share a clock.
    sampled_share_of_wall: Math.round((wallUs / Math.max(1, spans.reduce((sum, s) => sum + s.endUs - s.startUs, 0))) * 1000) / 1000,
  };
}

/** Ids of the profile nodes with a src/understand/ frame at or above them. */
function layerNodes(profile: CpuProfile): Set<number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inside = new Set<number>();
  const root = profile.nodes[0];
  const walk = (node: ProfileNode, under: boolean) => {
    const here = under || UNDERSTANDING.test(node.callFrame.url);
    if (here) inside.add(node.id);
    for (const child of node.children ?? []) walk(byId.get(child)!, here);
  };
  if (root) walk(root, false);
  return inside;
}
