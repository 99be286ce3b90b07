import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores.js';
import { sampleDraft } from '../../contracts/sample-records.js';

const WRITER = fileURLToPath(new URL('./ticket-writer-process.ts', import.meta.url));
const DAY = '20250314';

/** Runs the writer in its own process; resolves with the ticket numbers it printed. */
async function runWriter(dataDir: string, count: number, ending: 'exit' | 'crash'): Promise<string[]> {
  const printed = await promisify(execFile)(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(count), ending])
    .then(({ stdout }) => stdout, (err: { signal?: string; stdout?: string }) => {
      if (ending === 'crash' && err.signal === 'SIGKILL') return err.stdout ?? '';
      throw err;
    });
  return printed.split('\n').filter(Boolean);
}

describe('SQLite durability', () => {
  let dataDir: string;
  beforeEach(() => { dataDir = mkdtempSync(join(tmpdir(), 'osb-sqlite-durable-')); });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every ticket, and the day counter, across a close and reopen', async () => {
    const first = await openStores({ dataDir });
    const created = [];
    for (let i = 0; i < 10; i++) created.push(await first.tickets.create(sampleDraft(), DAY));
    await first.storage.write({ 'web/conversations/c1': { step: 3 } });
    await first.close();

    const reopened = await openStores({ dataDir });
    for (const ticket of created) expect(await reopened.tickets.get(ticket.id)).toEqual(ticket);
    expect((await reopened.storage.read(['web/conversations/c1']))['web/conversations/c1'].step).toBe(3);
    expect((await reopened.tickets.create(sampleDraft(), DAY)).id).toBe(`RT-${DAY}-0011`);
    await reopened.close();
  });

  it('keeps every acknowledged ticket when the writing process is killed with SIGKILL', async () => {
    const acknowledged = await runWriter(dataDir, 20, 'crash');
    expect(acknowledged).toHaveLength(20);
    const stores = await openStores({ dataDir });
    for (const id of acknowledged) expect((await stores.tickets.get(id))?.id).toBe(id);
    await stores.close();
  });

  it('gives two processes writing at once unique consecutive numbers', async () => {
    const [a, b] = await Promise.all([runWriter(dataDir, 25, 'exit'), runWriter(dataDir, 25, 'exit')]);
    const expected = Array.from({ length: 50 }, (_, i) => `RT-${DAY}-${String(i + 1).padStart(4, '0')}`);
    expect([...a, ...b].sort()).toEqual(expected);
  });
});
