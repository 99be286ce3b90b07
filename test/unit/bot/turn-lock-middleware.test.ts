import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { serializeTurns, turnLockKey } from '../../../src/bot/middleware/turn-lock.js';
import { openSqlite, type SqliteDatabase } from '../../../src/store/sqlite/open-sqlite.js';
import { SqliteTurnLock } from '../../../src/store/sqlite/sqlite-turn-lock.js';

const turnIn = (conversationId: string) =>
  ({ activity: { channelId: 'web', conversation: { id: conversationId } } }) as unknown as TurnContext;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serializeTurns', () => {
  let dir: string;
  let db: SqliteDatabase;
  let lock: SqliteTurnLock;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'osb-lock-'));
    db = openSqlite(dir);
    lock = new SqliteTurnLock(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs turns of one conversation one after another, queueing rather than dropping the later ones', async () => {
    const oneAtATime = serializeTurns(lock, { ttlMs: 10_000, waitMs: 5_000 });
    let active = 0;
    let most = 0;
    const done: number[] = [];
    const turn = (i: number) => oneAtATime(turnIn('c1'), async () => {
      active += 1;
      most = Math.max(most, active);
      await pause(20);
      active -= 1;
      done.push(i);
    });
    await Promise.all([1, 2, 3, 4, 5].map(turn));
    expect(most).toBe(1);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('lets different conversations run at the same time', async () => {
    const oneAtATime = serializeTurns(lock, { ttlMs: 10_000, waitMs: 5_000 });
    let active = 0;
    let most = 0;
    await Promise.all(['c1', 'c2', 'c3'].map((id) => oneAtATime(turnIn(id), async () => {
      active += 1;
      most = Math.max(most, active);
      await pause(30);
      active -= 1;
    })));
    expect(most).toBe(3);
  });

  it('frees the conversation when a turn fails, so the next message is handled', async () => {
    const oneAtATime = serializeTurns(lock, { ttlMs: 60_000, waitMs: 0 });
    await expect(oneAtATime(turnIn('c1'), async () => { throw new Error('dialog failed'); })).rejects.toThrow('dialog failed');
    let ran = false;
    await oneAtATime(turnIn('c1'), async () => { ran = true; });
    expect(ran).toBe(true);
  });

  it('gives up with TURN_LOCK_TIMEOUT, without running the turn, when the conversation stays held past the wait', async () => {
    await lock.tryAcquire(turnLockKey('web', 'c1'), 'stuck-holder', 60_000);
    const oneAtATime = serializeTurns(lock, { ttlMs: 60_000, waitMs: 100 });
    let ran = false;
    const outcome = await oneAtATime(turnIn('c1'), async () => { ran = true; }).catch((err: unknown) => err);
    expect(isAppError(outcome, 'TURN_LOCK_TIMEOUT')).toBe(true);
    expect(ran).toBe(false);
  });

  it('takes over from a holder that died once its lease expires', async () => {
    await lock.tryAcquire(turnLockKey('web', 'c1'), 'crashed-process', 150);
    const oneAtATime = serializeTurns(lock, { ttlMs: 60_000, waitMs: 5_000 });
    let ran = false;
    await oneAtATime(turnIn('c1'), async () => { ran = true; });
    expect(ran).toBe(true);
  });
});
