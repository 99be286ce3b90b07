import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { understand } from '../understand.js';
import { CorpusItemSchema, loadSplit, type CorpusItem, type Split } from './corpus.js';
import { agrees, asLabel, contextOf, type Label } from './score.js';

/**
 * `npm run nlu:agreement [-- --disagreements]`: how often a second blind labeller, given the same reply and
 * prompt but not the first label, gives the same label — the ceiling any reader can be measured against —
 * and the bot's accuracy on the items both labellers agree on. Test items are only totalled;
 * `--disagreements` lists dev items alone.
 */
const DIR = resolve('test/fixtures/nlu');
const SECOND = resolve(DIR, 'second-labels.jsonl');

const SecondLabelSchema = z.object({
  id: z.string(),
  expect: CorpusItemSchema.shape.expect,
});

interface Tally { n: number; agreed: number; botOnAgreed: number; botWithFirst: number; botWithSecond: number }

function secondLabels(): Map<string, Label> {
  const labels = new Map<string, Label>();
  readFileSync(SECOND, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if ('_meta' in raw) return;
    const parsed = SecondLabelSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`second-labels.jsonl:${i + 1}: not a label (${parsed.error.issues[0]?.path.join('.')})`);
    labels.set(parsed.data.id, parsed.data.expect);
  });
  return labels;
}

function tally(items: CorpusItem[], second: Map<string, Label>, onDisagreement?: (item: CorpusItem, other: Label, bot: Label) => void): Tally {
  const t: Tally = { n: 0, agreed: 0, botOnAgreed: 0, botWithFirst: 0, botWithSecond: 0 };
  for (const item of items) {
    const other = second.get(item.id);
    if (!other) continue;
    const bot = asLabel(understand(item.text, contextOf(item)));
    const first = item.expect as Label;
    const same = agrees(item, first, other);
    t.n += 1;
    if (same) { t.agreed += 1; t.botOnAgreed += agrees(item, first, bot) ? 1 : 0; continue; }
    t.botWithFirst += agrees(item, first, bot) ? 1 : 0;
    t.botWithSecond += agrees(item, other, bot) ? 1 : 0;
    onDisagreement?.(item, other, bot);
  }
  return t;
}

const pct = (a: number, b: number) => (b ? Number(((100 * a) / b).toFixed(1)) : 0);

function main(): void {
  const listing = process.argv.includes('--disagreements');
  const second = secondLabels();
  const result: Record<Split, object> = { dev: {}, test: {} };
  for (const split of ['dev', 'test'] as const) {
    const items = loadSplit(DIR, split);
    const t = tally(items, second, listing && split === 'dev' ? (item, other, bot) => {
      console.log(`${item.id}\t${item.type}\t${item.text}\tfirst ${JSON.stringify(item.expect)}\tsecond ${JSON.stringify(other)}\tbot ${JSON.stringify(bot)}`);
    } : undefined);
    const disagreed = t.n - t.agreed;
    console.log(`${split}: ${t.n} items labelled twice; labellers agree on ${pct(t.agreed, t.n)} %; bot right on ${pct(t.botOnAgreed, t.agreed)} % of the agreed;`
      + ` of the ${disagreed} disagreed the bot sides with the first label on ${t.botWithFirst}, the second on ${t.botWithSecond}`);
    result[split] = { n: t.n, labellersAgree: pct(t.agreed, t.n), botOnAgreed: pct(t.botOnAgreed, t.agreed), disagreed, botWithFirst: t.botWithFirst, botWithSecond: t.botWithSecond };
  }
  console.log(JSON.stringify(result));
}

main();
