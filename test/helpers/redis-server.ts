import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

/** A real redis-server child process for integration tests; never a mock. */
export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  /** SIGTERM and wait for exit; the data directory stays for restart(). */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: only what the AOF already fsynced survives. */
  kill9(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing, like a silent network. */
  freeze(): void;
  /** SIGCONT after freeze(). */
  thaw(): void;
  /** Starts again on the same port and directory, replaying the AOF. */
  restart(): Promise<void>;
  /** Stops and removes the directory when this helper created it. */
  destroy(): Promise<void>;
}

export interface StartRedisServerOptions {
  /** Data directory; a fresh temporary one when absent. */
  dir?: string;
  /** More redis-server arguments, e.g. to enable cluster mode. */
  extraArgs?: string[];
}

const REDIS_SERVER_BINARY = process.platform === 'linux' ? '/usr/bin/redis-server' : 'redis-server';
const REDIS_CLI_BINARY = process.platform === 'linux' ? '/usr/bin/redis-cli' : 'redis-cli';
const STARTUP_TIMEOUT_MS = 15_000;

export async function startRedisServer(options: StartRedisServerOptions = {}): Promise<RedisServer> {
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'osb-redis-'));
  const port = await freePort();
  const extraArgs = options.extraArgs ?? [];
  let child: ChildProcess | undefined = await launch(port, dir, extraArgs);

  const terminate = async (signal: NodeJS.Signals): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running) return;
    // A frozen process would not act on SIGTERM until continued.
    running.kill('SIGCONT');
    await killAndWait(running, signal);
  };

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => terminate('SIGTERM'),
    kill9: () => terminate('SIGKILL'),
    freeze: () => { child?.kill('SIGSTOP'); },
    thaw: () => { child?.kill('SIGCONT'); },
    async restart() {
      await terminate('SIGTERM');
      child = await launch(port, dir, extraArgs);
    },
    async destroy() {
      await terminate('SIGKILL');
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RedisCluster {
  nodes: { host: string; port: number }[];
  destroy(): Promise<void>;
}

/** A real Redis Cluster of `size` masters (no replicas), every slot assigned and the state ok. */
export async function startRedisCluster(size = 3): Promise<RedisCluster> {
  const servers = await Promise.all(Array.from({ length: size }, () =>
    startRedisServer({ extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'] })));
  const destroy = async () => { await Promise.all(servers.map((server) => server.destroy())); };
  try {
    const addresses = servers.map((server) => `127.0.0.1:${server.port}`);
    await promisify(execFile)(REDIS_CLI_BINARY, ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (const server of servers) {
      // Nodes learn the slot map by gossip; a client connecting before that gets CLUSTERDOWN.
      while (!(await clusterInfo(server.port)).includes('cluster_state:ok')) {
        if (Date.now() > deadline) throw new Error(`Redis Cluster did not reach state ok within ${STARTUP_TIMEOUT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return { nodes: servers.map((server) => ({ host: '127.0.0.1', port: server.port })), destroy };
  } catch (err) {
    await destroy();
    throw err;
  }
}

async function clusterInfo(port: number): Promise<string> {
  const { stdout } = await promisify(execFile)(REDIS_CLI_BINARY, ['-p', String(port), 'cluster', 'info']);
  return stdout;
}

async function launch(port: number, dir: string, extraArgs: string[]): Promise<ChildProcess> {
  // appendfsync always: a write is on disk before Redis acknowledges it, which the durability test relies on.
  return spawnUntilPong(port, [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--appendonly', 'yes', '--appendfsync', 'always', '--save', '',
    '--daemonize', 'no', '--loglevel', 'warning', ...extraArgs,
  ]);
}

export interface RedisSentinel {
  sentinels: { host: string; port: number }[];
  masterName: string;
  destroy(): Promise<void>;
}

/** One real Sentinel watching `master` under the name `osb-master` (quorum 1). */
export async function startRedisSentinel(master: RedisServer): Promise<RedisSentinel> {
  const dir = mkdtempSync(join(tmpdir(), 'osb-sentinel-'));
  const port = await freePort();
  const masterName = 'osb-master';
  // Sentinel rewrites its config file as it learns the topology, so it must be a writable file.
  const config = join(dir, 'sentinel.conf');
  writeFileSync(config, `port ${port}\nbind 127.0.0.1\nsentinel monitor ${masterName} 127.0.0.1 ${master.port} 1\n`);
  const child = await spawnUntilPong(port, [config, '--sentinel']);
  return {
    sentinels: [{ host: '127.0.0.1', port }],
    masterName,
    async destroy() {
      await killAndWait(child, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function spawnUntilPong(port: number, args: string[]): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER_BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited early (code ${code}): ${output}`)));
  });
  exited.catch(() => undefined);
  await Promise.race([waitForPong(port), exited]);
  return child;
}

async function waitForPong(port: number): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // While replaying the AOF Redis answers -LOADING, so only +PONG means ready.
    if ((await ping(port)) === '+PONG') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${STARTUP_TIMEOUT_MS} ms`);
}

function ping(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (value: string) => { socket.destroy(); resolve(value); };
    socket.setTimeout(1000, () => done(''));
    socket.on('error', () => done(''));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.trim());
    });
  });
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

