import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One labelled reply, as the blind authors write it (test/fixtures/nlu/, brief in the README). */
export const CorpusItemSchema = z.object({
  id: z.string(),
  batch: z.string(),
  type: z.string(),
  lang: z.enum(['zh', 'en']),
  ref: z.string(),
  prompt: z.string().optional(),
  text: z.string(),
  context: z.object({ options: z.array(z.string()).optional(), prompt_type: z.string().optional() }).passthrough().optional(),
  expect: z.object({ kind: z.string(), value: z.string().optional(), field: z.string().optional() }).passthrough(),
  partial: z.boolean().optional(),
});
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

export type Split = 'dev' | 'test';
/** A, C, E–O and R–W are tuned on; B, D, P and Q are only ever totalled (issue 14: "a test part that nobody tunes against"). */
export const SPLIT_OF_BATCH: Record<string, Split> = { A: 'dev', C: 'dev', E: 'dev', F: 'dev', G: 'dev', H: 'dev', I: 'dev', J: 'dev', L: 'dev', M: 'dev', N: 'dev', O: 'dev', R: 'dev', S: 'dev', T: 'dev', U: 'dev', V: 'dev', W: 'dev', B: 'test', D: 'test', P: 'test', Q: 'test' };

/** Items of one split; `_meta` header lines are skipped, a malformed line fails loudly with its place. */
export function loadSplit(dir: string, split: Split): CorpusItem[] {
  const files = readdirSync(dir).filter((f) => /^batch-[a-z]\.jsonl$/.test(f))
    .filter((f) => SPLIT_OF_BATCH[f.slice(6, 7).toUpperCase()] === split);
  const items: CorpusItem[] = [];
  for (const file of files) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const raw = JSON.parse(line) as Record<string, unknown>;
      if ('_meta' in raw) return;
      const parsed = CorpusItemSchema.safeParse(raw);
      // A test item's text is never printed: only where it is.
      if (!parsed.success) throw new Error(`${file}:${i + 1}: not a corpus item (${parsed.error.issues[0]?.path.join('.')})`);
      items.push(asWritten(parsed.data));
    });
  }
  return items;
}

/**
 * The briefs mark an item a careful agent would have to ask about with `partial: true`; some authors
 * then left the kind it would have had (`value` with no value). Without a value there is nothing to be
 * right about, so such an item expects a partial reading. (`no` + partial at the summary keeps its kind:
 * a "no" that names no field is still a no.)
 */
function asWritten(item: CorpusItem): CorpusItem {
  const valueless = item.expect.value === undefined && ['value', 'choice', 'rating'].includes(item.expect.kind);
  return item.partial && valueless ? { ...item, expect: { ...item.expect, kind: 'partial' } } : item;
}
