import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.js';
import { TRANSCRIPT_MAX_ENTRIES, type TranscriptStore } from '../../src/bot/transcript.js';
import { useFixture, type ContractFixture } from './contract-fixture.js';
import { sampleEntry } from './sample-records.js';

export function describeTranscriptStoreContract(
  name: string, make: () => Promise<ContractFixture<TranscriptStore>>,
): void {
  describe(`${name} (TranscriptStore contract)`, () => {
    const fixture = useFixture(make);

    it('reads nothing for a conversation without entries', async () => {
      expect(await fixture().store.read('c-none')).toEqual([]);
    });

    it('reads entries oldest first, as appended by any process', async () => {
      const { store, peer } = fixture();
      const entries = [
        sampleEntry('洗衣机不排水'),
        sampleEntry('请先检查排水管', { from: 'bot' }),
        sampleEntry('handoff requested', { from: 'system', kind: 'event' }),
        sampleEntry('您好，我是客服小李', { from: 'agent:li' }),
      ];
      for (const [i, entry] of entries.entries()) await (i % 2 ? peer : store).append('c-1', entry);
      expect(await peer.read('c-1')).toEqual(entries);
    });

    it('appends several entries of one call in order, and nothing when one is invalid', async () => {
      const { store } = fixture();
      await store.append('c-1', sampleEntry('first'));
      await store.append('c-1', sampleEntry('洗衣机不排水'), sampleEntry('请先检查排水管', { from: 'bot' }), sampleEntry('好的', { from: 'bot' }));
      await store.append('c-1');
      expect((await store.read('c-1')).map((e) => e.text)).toEqual(['first', '洗衣机不排水', '请先检查排水管', '好的']);
      await expect(store.append('c-1', sampleEntry('kept?'), { ...sampleEntry('bad'), at: 'yesterday' })).rejects.toSatisfy(isAppError);
      expect(await store.read('c-1')).toHaveLength(4);
    });

    it('keeps the newest TRANSCRIPT_MAX_ENTRIES entries of a conversation and drops the oldest', async () => {
      const { store } = fixture();
      const flood = Array.from({ length: TRANSCRIPT_MAX_ENTRIES + 5 }, (_, i) => sampleEntry(`m${i}`));
      await store.append('c-flood', ...flood.slice(0, 10));
      await store.append('c-flood', ...flood.slice(10));
      await store.append('c-other', sampleEntry('untouched'));
      const kept = await store.read('c-flood');
      expect(kept).toHaveLength(TRANSCRIPT_MAX_ENTRIES);
      expect(kept[0].text).toBe('m5');
      expect(kept.at(-1)?.text).toBe(`m${TRANSCRIPT_MAX_ENTRIES + 4}`);
      expect(await store.read('c-other')).toHaveLength(1);
    });

    it('reads the newest entries, still oldest first, when given a limit', async () => {
      const { store } = fixture();
      for (const text of ['1', '2', '3', '4']) await store.append('c-1', sampleEntry(text));
      expect((await store.read('c-1', 2)).map((e) => e.text)).toEqual(['3', '4']);
      expect((await store.read('c-1', 10)).map((e) => e.text)).toEqual(['1', '2', '3', '4']);
      expect(await store.read('c-1', 0)).toEqual([]);
    });

    it('keeps conversations apart', async () => {
      const { store } = fixture();
      await store.append('c-1', sampleEntry('one'));
      await store.append('c-2', sampleEntry('two'));
      expect((await store.read('c-2')).map((e) => e.text)).toEqual(['two']);
    });

    it('deletes one conversation\'s entries for every process, leaving the others', async () => {
      const { store, peer } = fixture();
      for (const text of ['1', '2', '3']) await store.append('c-1', sampleEntry(text));
      await store.append('c-2', sampleEntry('kept'));
      expect(await peer.delete('c-1')).toBe(3);
      expect(await store.read('c-1')).toEqual([]);
      expect((await store.read('c-2')).map((e) => e.text)).toEqual(['kept']);
      expect(await store.delete('c-1')).toBe(0);
      await store.append('c-1', sampleEntry('fresh'));
      expect((await peer.read('c-1')).map((e) => e.text)).toEqual(['fresh']);
    });

    it('rejects an entry that does not fit the schema', async () => {
      const { store } = fixture();
      const outcome = await store.append('c-1', sampleEntry('x', { at: 'yesterday' })).catch((err: unknown) => err);
      expect(isAppError(outcome)).toBe(true);
      expect(await store.read('c-1')).toEqual([]);
    });
  });
}
