import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { BotHttpTalker, LoadStopped } from './bot-http-client.js';
import { conversationFor, ECHO_SCRIPTS, type Talker } from './conversation-scripts.js';
import { lanes, summarize, type LatencySummary } from './stats.js';
import type { TargetStats } from './http-target.js';

export interface HttpTarget {
  url: URL;
  stats(): Promise<TargetStats>;
  stop(): Promise<void>;
}

/** Forks bench/http-target.ts; BENCH_CPU_PROF=<dir> profiles the server process with --cpu-prof. */
export async function startTarget(mode: 'ours' | 'floor' | 'echo', env: Record<string, string>): Promise<HttpTarget> {
  // One directory per server: tsx's loader thread writes a profile of its own beside the main thread's.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}/${mode}-${Date.now()}`] : [];
  const child = fork(fileURLToPath(new URL('./http-target.ts', import.meta.url)), [mode], {
    execArgv: ['--import', 'tsx', ...profile],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited during start (code ${code})`)));
    child.on('message', (m: { url?: string }) => { if (m.url) resolve(m.url); });
  });
  child.removeAllListeners('exit');
  return {
    url: new URL('/api/messages', url),
    stats: () => request<TargetStats>(child, 'stats'),
    stop: () => stopChild(child),
  };
}

function request<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { stats?: T }) => {
      if (!m.stats) return;
      child.off('message', onMessage);
      resolve(m.stats);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.send('stop');
  });
}

export interface LoadResult {
  turns: number;
  conversations: number;
  errors: number;
  firstError?: string;
  seconds: number;
  turnsPerSecond: number;
  latency: LatencySummary;
  /** Every turn's latency in ms, for callers that merge several runs. */
  samples: number[];
}

type Conversation = (talker: Talker, index: number) => Promise<unknown>;

/** Our bot: the adaptive six-step scripts. The echo bot: the same messages replayed blindly. */
export const oursConversation: Conversation = (talker, index) => conversationFor(index)(talker);
export const echoConversation: Conversation = async (talker, index) => {
  if (index % 2 === 0) await talker.join();
  for (const text of ECHO_SCRIPTS[index % 2]) await talker.say(text);
};

/**
 * `customers` lanes, each running conversations back to back; at `seconds` every lane stops before its
 * next turn, so the measured window does not stretch to finish long conversations.
 */
export async function runLoad(url: URL, customers: number, seconds: number, conversation: Conversation): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: customers });
  const samples: number[] = [];
  let conversations = 0;
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  await lanes(customers, deadline, async () => {
    const index = next++;
    const talker = new BotHttpTalker(url, agent, `bench-${randomUUID()}`, `user-${randomUUID()}`, (ms) => samples.push(ms), deadline);
    try {
      await conversation(talker, index);
      conversations += 1;
    } catch (err) {
      if (err instanceof LoadStopped) return false;
      errors += 1;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
    return true;
  });
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  return {
    turns: samples.length, conversations, errors, firstError, seconds: elapsed,
    turnsPerSecond: Math.round(samples.length / elapsed), latency: summarize(samples), samples,
  };
}
