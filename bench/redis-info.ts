import { Redis } from 'ioredis';

/** A plain ioredis connection for the bench's own readings (INFO, MEMORY USAGE), apart from the app's. */
export function openInfoClient(url: string): Redis {
  return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
}

/** One numeric field of INFO <section>. */
export async function infoField(client: Redis, section: string, field: string): Promise<number> {
  const text = await client.info(section);
  const line = text.split('\r\n').find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.slice(field.length + 1)) : Number.NaN;
}

export async function usedMemory(client: Redis): Promise<number> {
  return infoField(client, 'memory', 'used_memory');
}

export async function commandsProcessed(client: Redis): Promise<number> {
  return infoField(client, 'stats', 'total_commands_processed');
}

/**
 * Reads Redis made from its clients' sockets: with one client busy, one per batch the client wrote,
 * so the count per turn is the turn's round trips (auto-pipelined commands of one tick arrive together).
 */
export async function readsProcessed(client: Redis): Promise<number> {
  return infoField(client, 'stats', 'total_reads_processed');
}

/** Bytes Redis holds for each key matching `pattern` (first match per pattern), by MEMORY USAGE. */
export async function keyBytes(client: Redis, patterns: Record<string, string>): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const [name, pattern] of Object.entries(patterns)) {
    const [, keys] = await client.scan('0', 'MATCH', pattern, 'COUNT', 1000);
    const key = keys[0];
    sizes[name] = key ? Number(await client.memory('USAGE', key, 'SAMPLES', '0')) : 0;
  }
  return sizes;
}
