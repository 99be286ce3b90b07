import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStores } from '../../../../src/store/open-stores.js';
import type { Stores } from '../../../../src/store/stores.js';
import { silentLog } from '../../../../src/log.js';
import type { SyncRequest } from '../../../../src/channels/wecom-kf/kf-api.js';
import type { KfMessage } from '../../../../src/channels/wecom-kf/kf-message.js';
import { KfSync } from '../../../../src/channels/wecom-kf/kf-sync.js';
import { KfSyncState } from '../../../../src/channels/wecom-kf/kf-sync-state.js';

const text = (i: number) => ({ msgid: `m${i}`, open_kfid: 'wk1', external_userid: `wm${i}`, send_time: 1700000000 + i, origin: 3, msgtype: 'text', text: { content: `message ${i}` } });

/** sync_msg over `count` messages, two a page, cursor = position. */
function fakeWecom(count: number) {
  const requests: SyncRequest[] = [];
  return {
    requests,
    api: {
      async syncMsg(request: SyncRequest) {
        requests.push(request);
        const from = Number(request.cursor ?? 0);
        const items = Array.from({ length: Math.max(0, Math.min(2, count - from)) }, (_, i) => text(from + i));
        return { nextCursor: String(from + items.length), hasMore: from + items.length < count, items };
      },
    },
  };
}

describe('KfSync', () => {
  let dir: string;
  let stores: Stores;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osb-kf-'));
    stores = await openStores({ dataDir: dir });
  });
  afterEach(async () => {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const state = () => new KfSyncState(stores.storage, stores.turnLock);

  it('reads page after page while has_more, in order, and saves the cursor after each', async () => {
    const wecom = fakeWecom(5);
    const handled: string[] = [];
    await new KfSync({ api: wecom.api, state: state(), handle: async (m) => { handled.push(m.msgid); }, log: silentLog, leaseMs: 5000 }).request('tok');
    expect(handled).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(wecom.requests.map((r) => r.cursor)).toEqual([undefined, '2', '4']);
    expect(wecom.requests[0].syncToken).toBe('tok');
    expect(await state().cursor('all')).toBe('5');
  });

  it('keeps the cursor before a page whose message could not be handed to the bot', async () => {
    const wecom = fakeWecom(5);
    const handle = async (m: KfMessage) => { if (m.msgid === 'm3') throw new Error('store down'); };
    await expect(new KfSync({ api: wecom.api, state: state(), handle, log: silentLog, leaseMs: 5000 }).request()).rejects.toThrow('store down');
    expect(await state().cursor('all')).toBe('2');
    // The next read starts at that page again.
    const handled: string[] = [];
    await new KfSync({ api: wecom.api, state: state(), handle: async (m) => { handled.push(m.msgid); }, log: silentLog, leaseMs: 5000 }).request();
    expect(handled).toEqual(['m2', 'm3', 'm4']);
  });

  it('leaves a mark instead of reading while another process holds the lease, and that process reads again for it', async () => {
    const wecom = fakeWecom(2);
    const handled: string[] = [];
    let other: Promise<void> | undefined;
    const holder = new KfSync({
      api: wecom.api, state: state(), log: silentLog, leaseMs: 5000,
      handle: async (m) => {
        handled.push(m.msgid);
        // 1. While the holder reads, a callback reaches a second process: it cannot take the lease.
        if (m.msgid === 'm0') other ??= new KfSync({ api: wecom.api, state: state(), handle: async () => { throw new Error('not this one'); }, log: silentLog, leaseMs: 5000 }).request('tok-2');
        await other;
      },
    });
    await holder.request('tok-1');
    // 2. The holder saw the new mark and read once more, with the newer token.
    expect(wecom.requests.map((r) => r.syncToken)).toEqual(['tok-1', 'tok-2']);
    expect(handled).toEqual(['m0', 'm1']);
  });

  it('reads only the configured account\'s messages', async () => {
    const wecom = fakeWecom(2);
    const handled: string[] = [];
    await new KfSync({ api: wecom.api, state: state(), handle: async (m) => { handled.push(m.msgid); }, log: silentLog, leaseMs: 5000, openKfId: 'wk-other' }).request();
    expect(handled).toEqual([]);
    expect(wecom.requests[0].openKfId).toBe('wk-other');
    expect(await state().cursor('wk-other')).toBe('2');
  });
});
