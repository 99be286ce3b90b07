import type { Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { RateCounter } from '../../src/bot/rate-counter.js';
import type { TranscriptStore } from '../../src/bot/transcript.js';
import type { TurnLock } from '../../src/bot/turn-lock.js';
import { ARRIVAL_LOOKBACK_ENTRIES, stateJson, type TurnOpened, type TurnStore } from '../../src/bot/turn-store.js';
import { expectAppError, useFixture, type ContractFixture } from './contract-fixture.js';
import { sampleEntry } from './sample-records.js';

const MINUTE_MS = 60_000;
const C1 = 'web/conversations/c1/';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One backend's TurnStore with the ports that share its records. */
export interface TurnStoreParts {
  turns: TurnStore;
  lock: TurnLock;
  storage: Storage;
  transcripts: TranscriptStore;
  rates: RateCounter;
}

const T1 = 'web:c1';
const RATE = { key: 'web:u1', windowMs: MINUTE_MS };
const arrival = (text: string, extra: { maxHits?: number; hits?: number } = {}) => ({ transcript: T1, entry: sampleEntry(text), ...extra });
const texts = async (transcripts: TranscriptStore) => (await transcripts.read(T1)).map((e) => `${e.from}: ${e.text}`);

const delivery = (id: string, token: string, leaseMs = MINUTE_MS) => ({ id, token, leaseMs, keepMs: MINUTE_MS });
const opening = (token: string, extra: Partial<Parameters<TurnStore['open']>[0]> = {}) =>
  ({ conversation: C1, token, leaseMs: MINUTE_MS, ...extra });

function leased(opened: TurnOpened): Extract<TurnOpened, { leased: true }> {
  if (!opened.leased) throw new Error('expected the lease');
  return opened;
}

export function describeTurnStoreContract(name: string, make: () => Promise<ContractFixture<TurnStoreParts>>): void {
  describe(`${name} (TurnStore contract)`, () => {
    const fixture = useFixture(make);

    it('opens a free conversation with its claim and no state, and refuses a second token while it is held', async () => {
      const { store, peer } = fixture();
      expect(await store.turns.open(opening('a', { delivery: delivery('m1', 'd1') }))).toEqual({ leased: true, claim: 'claimed', state: undefined });
      expect(await peer.turns.open(opening('b', { delivery: delivery('m2', 'd2') }))).toEqual({ leased: false });
      // A refused opening claimed nothing: the same delivery is still claimable once the lease is free.
      await store.turns.close({ conversation: C1, token: 'a' });
      expect(leased(await peer.turns.open(opening('b', { delivery: delivery('m2', 'd2') }))).claim).toBe('claimed');
    });

    it('writes the state, marks the delivery done and frees the lease in one closing', async () => {
      const { store, peer } = fixture();
      await store.turns.open(opening('a', { delivery: delivery('m1', 'd1') }));
      const state = { dialogState: { dialogStack: [{ id: 'support' }] }, profile: { language: 'zh' } };
      await store.turns.close({ conversation: C1, token: 'a', state: { json: JSON.stringify(state) }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS } });
      const next = leased(await peer.turns.open(opening('b', { delivery: delivery('m1', 'd2') })));
      // The channel's retry of m1 is refused; the state is the one written, with an eTag beside it.
      expect(next.claim).toBe('refused');
      expect(next.state?.item).toMatchObject(state);
      expect(next.state?.item.eTag).toEqual(expect.any(String));
      // Unchanged, the text compares equal to what the bot would write again: no write needed.
      expect(stateJson(next.state!.item)).toBe(next.state!.json);
    });

    it('shares its records with the Storage and TurnLock ports', async () => {
      const { store, peer } = fixture();
      await store.storage.write({ [C1]: { profile: { language: 'en' } } });
      // Work outside turns (a deletion request) holds the lease through TurnLock: no turn opens meanwhile.
      expect(await peer.lock.tryAcquire(C1, 'deleting', MINUTE_MS)).toBe(true);
      expect(await store.turns.open(opening('a'))).toEqual({ leased: false });
      await peer.lock.release(C1, 'deleting');
      const opened = leased(await store.turns.open(opening('a')));
      expect(opened.state?.item).toMatchObject({ profile: { language: 'en' } });
      await store.turns.close({ conversation: C1, token: 'a', state: { json: JSON.stringify({ profile: { language: 'zh' } }) } });
      const read = (await peer.storage.read([C1]))[C1];
      expect(read).toMatchObject({ profile: { language: 'zh' } });
      // Storage's eTag rules hold on what the closing wrote: the eTag read back writes, a stale one conflicts.
      await peer.storage.write({ [C1]: { ...read, profile: { language: 'en' } } });
      await expectAppError(peer.storage.write({ [C1]: { ...read, profile: { language: 'zh' } } }), 'STORE_CONFLICT');
      // And the turn's lease is the TurnLock's: held by a turn, TurnLock cannot take it.
      await store.turns.open(opening('c'));
      expect(await peer.lock.tryAcquire(C1, 'deleting', MINUTE_MS)).toBe(false);
      expect(await store.lock.renew(C1, 'c', MINUTE_MS)).toBe(true);
    });

    it('on a stale eTag writes nothing and leaves the delivery unfinished, but frees the lease', async () => {
      const { store, peer } = fixture();
      await store.storage.write({ [C1]: { n: 1 } });
      const opened = leased(await store.turns.open(opening('a', { delivery: delivery('m1', 'd1', 100) })));
      await peer.storage.write({ [C1]: { n: 2 } });
      const closing = store.turns.close({
        conversation: C1, token: 'a', state: { json: '{"n":3}', eTag: String(opened.state?.item.eTag) }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS },
      });
      await expectAppError(closing, 'STORE_CONFLICT');
      expect((await peer.storage.read([C1]))[C1]).toMatchObject({ n: 2 });
      await pause(250);
      // Unfinished: once its lease lapsed, the retry is handled.
      expect(leased(await peer.turns.open(opening('b', { delivery: delivery('m1', 'd2') }))).claim).toBe('reclaimed');
    });

    it('hands an unfinished claim to the retry once the dead turn\'s lease lapsed, and lets only the live holder finish it', async () => {
      const { store, peer } = fixture();
      await store.turns.open({ conversation: C1, token: 'dead', leaseMs: 100, delivery: delivery('m1', 'd1', 100) });
      await pause(250);
      expect(leased(await peer.turns.open(opening('retry', { delivery: delivery('m1', 'd2') }))).claim).toBe('reclaimed');
      // The dead turn's late closing changes nothing: not the state, not the claim, not the new lease.
      await store.turns.close({ conversation: C1, token: 'dead', state: { json: '{"late":true}' }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS } })
        .catch(() => undefined);
      expect(await store.lock.renew(C1, 'retry', MINUTE_MS)).toBe(true);
      await peer.turns.close({ conversation: C1, token: 'retry', delivery: { id: 'm1', token: 'd2', keepMs: MINUTE_MS } });
      expect(leased(await store.turns.open(opening('third', { delivery: delivery('m1', 'd3') }))).claim).toBe('refused');
    });

    it('records the customer\'s entry with the opening, kept when the turn then ends badly', async () => {
      const { store, peer } = fixture();
      const opened = leased(await store.turns.open(opening('a', { delivery: delivery('m1', 'd1'), arrival: arrival('洗衣机不排水') })));
      expect(opened).toMatchObject({ claim: 'claimed', recorded: true });
      // Written before the dialogs: another process reads it while the turn is still running.
      expect(await texts(peer.transcripts)).toEqual(['customer: 洗衣机不排水']);
      // The turn failed: the boundary only frees the lease (with what was sent); the entry stays.
      await store.turns.close({ conversation: C1, token: 'a', replies: { transcript: T1, entries: [sampleEntry('抱歉，出了点问题', { from: 'bot' })] } });
      expect(await texts(peer.transcripts)).toEqual(['customer: 洗衣机不排水', 'bot: 抱歉，出了点问题']);
      expect(leased(await peer.turns.open(opening('b'))).claim).toBe('claimed');
    });

    it('appends the replies with the closing, after the arrival, whatever becomes of the state', async () => {
      const { store, peer } = fixture();
      await store.turns.open(opening('a', { delivery: delivery('m1', 'd1'), arrival: arrival('my router drops wifi') }));
      const replies = { transcript: T1, entries: [sampleEntry('Try restarting it', { from: 'bot' }), sampleEntry('Did that help?', { from: 'bot' })] };
      await store.turns.close({ conversation: C1, token: 'a', state: { json: '{"n":1}' }, delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS }, replies });
      expect(await texts(peer.transcripts)).toEqual(['customer: my router drops wifi', 'bot: Try restarting it', 'bot: Did that help?']);
      // A stale eTag writes no state, but what was sent is recorded all the same.
      const next = leased(await store.turns.open(opening('b', { arrival: arrival('still dropping') })));
      await peer.storage.write({ [C1]: { n: 2 } });
      await expectAppError(store.turns.close({
        conversation: C1, token: 'b', state: { json: '{"n":3}', eTag: String(next.state?.item.eTag) }, replies: { transcript: T1, entries: [sampleEntry('Sorry', { from: 'bot' })] },
      }), 'STORE_CONFLICT');
      expect((await texts(peer.transcripts)).slice(-2)).toEqual(['customer: still dropping', 'bot: Sorry']);
      // No replies: the closing appends nothing.
      await store.turns.open(opening('c'));
      await store.turns.close({ conversation: C1, token: 'c', replies: { transcript: T1, entries: [] } });
      expect(await peer.transcripts.read(T1)).toHaveLength(5);
    });

    it('records a duplicate delivery once: not for a refused claim, not twice for a retry whose dead turn wrote it', async () => {
      const { store, peer } = fixture();
      // Done: the channel's late retry is refused and records nothing.
      await store.turns.open(opening('a', { delivery: delivery('m1', 'd1'), arrival: arrival('第一条') }));
      await store.turns.close({ conversation: C1, token: 'a', delivery: { id: 'm1', token: 'd1', keepMs: MINUTE_MS } });
      expect(leased(await peer.turns.open(opening('b', { delivery: delivery('m1', 'd2'), arrival: arrival('第一条') })))).toMatchObject({ claim: 'refused', recorded: false });
      await peer.turns.close({ conversation: C1, token: 'b' });
      // A turn dies after its opening wrote the entry; its retry (reclaimed) finds it and does not write it again.
      await store.turns.open({ conversation: C1, token: 'dead', leaseMs: 100, delivery: delivery('m2', 'd3', 100), arrival: arrival('第二条') });
      await pause(250);
      expect(leased(await peer.turns.open(opening('retry', { delivery: delivery('m2', 'd4'), arrival: arrival('第二条') })))).toMatchObject({ claim: 'reclaimed', recorded: false });
      await peer.turns.close({ conversation: C1, token: 'retry', delivery: { id: 'm2', token: 'd4', keepMs: MINUTE_MS } });
      expect(await texts(peer.transcripts)).toEqual(['customer: 第一条', 'customer: 第二条']);
      // A retry whose entry is not among the newest (or was a bot's of the same text) writes it.
      await store.transcripts.append(T1, sampleEntry('第三条', { from: 'bot' }));
      await store.turns.open({ conversation: C1, token: 'dead2', leaseMs: 100, delivery: delivery('m3', 'd5', 100) });
      await pause(250);
      expect(leased(await peer.turns.open(opening('retry2', { delivery: delivery('m3', 'd6'), arrival: arrival('第三条') })))).toMatchObject({ claim: 'reclaimed', recorded: true });
      expect((await texts(peer.transcripts)).slice(-2)).toEqual(['bot: 第三条', 'customer: 第三条']);
      expect(ARRIVAL_LOOKBACK_ENTRIES).toBeGreaterThan(0);
    });

    it('counts the rate hit with the opening, lease or not, on the RateCounter\'s records, and records nothing past the limit', async () => {
      const { store, peer } = fixture();
      await peer.lock.tryAcquire(C1, 'busy', MINUTE_MS);
      // A message that waits for the lease is counted by its first attempt, and records nothing yet.
      expect(await store.turns.open(opening('a', { hit: RATE, arrival: arrival('one', { maxHits: 2 }) }))).toEqual({ leased: false, hits: 1 });
      await peer.lock.release(C1, 'busy');
      // The later attempt is not counted again: it carries the hits of the first.
      const first = leased(await store.turns.open(opening('a', { arrival: arrival('one', { maxHits: 2, hits: 1 }) })));
      expect(first).toMatchObject({ recorded: true });
      expect(first.hits).toBeUndefined();
      await store.turns.close({ conversation: C1, token: 'a' });
      expect(leased(await store.turns.open(opening('b', { hit: RATE, arrival: arrival('two', { maxHits: 2 }) })))).toMatchObject({ hits: 2, recorded: true });
      await store.turns.close({ conversation: C1, token: 'b' });
      // Past the limit the message is traffic all the same, but not recorded (the bot does not answer it).
      expect(leased(await peer.turns.open(opening('c', { hit: RATE, arrival: arrival('three', { maxHits: 2 }) })))).toMatchObject({ hits: 3, recorded: false });
      await peer.turns.close({ conversation: C1, token: 'c' });
      expect(await texts(peer.transcripts)).toEqual(['customer: one', 'customer: two']);
      expect(await peer.rates.hit(RATE.key, MINUTE_MS)).toBe(4);
      // Without a limit or an arrival, the count is all the opening adds.
      const counted = leased(await store.turns.open(opening('d', { hit: RATE })));
      expect(counted).toMatchObject({ hits: 5 });
      expect(counted).not.toHaveProperty('recorded');
    });

    it('takes nothing when the customer\'s entry is invalid', async () => {
      const { store, peer } = fixture();
      const bad = { transcript: T1, entry: { ...sampleEntry('x'), at: 'yesterday' } };
      await expect(store.turns.open(opening('a', { hit: RATE, delivery: delivery('m1', 'd1'), arrival: bad }))).rejects.toThrow();
      expect(leased(await peer.turns.open(opening('b', { hit: RATE, delivery: delivery('m1', 'd2') })))).toMatchObject({ claim: 'claimed', hits: 1 });
      expect(await peer.transcripts.read(T1)).toEqual([]);
    });

    it('lets exactly one of many concurrent openings have the lease', async () => {
      const { store, peer } = fixture();
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? store : peer).turns.open(opening(`t${i}`))));
      expect(results.filter((r) => r.leased)).toHaveLength(1);
    });
  });
}
