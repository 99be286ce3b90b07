import * as chrono from 'chrono-node';
import { Culture, recognizeBoolean, recognizeDateTime, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { Reading, UnderstandContext } from '../reading.js';
import type { CorpusItem } from './corpus.js';

/**
 * The libraries alone, on the prompt types they claim, to compare with our rules
 * (`npm run nlu:eval -- --engine recognizers|chrono`). Types a library does not cover read `unknown`.
 */
type Baseline = (text: string, context: UnderstandContext, item: CorpusItem) => Reading;

const culture = (item: CorpusItem) => (item.lang === 'zh' ? Culture.Chinese : Culture.English);
const refOf = (context: UnderstandContext) => new Date(`${context.today}T10:00:00+08:00`);

function monthFromTimex(values: { timex?: string; value?: string; start?: string; type?: string }[] | undefined): string | undefined {
  const v = values?.[0];
  const date = v?.value ?? v?.start ?? v?.timex;
  const hit = date?.match(/^(\d{4})-(\d{2})/);
  return hit ? `${hit[1]}-${hit[2]}` : undefined;
}

const recognizers: Baseline = (text, context, item) => {
  const c = culture(item);
  switch (context.prompt) {
    case 'quote_accept': case 'upsell': case 'summary_confirm': {
      const hit = recognizeBoolean(text, c)[0];
      if (!hit) return { kind: 'unknown' };
      return hit.resolution.value ? { kind: 'yes' } : { kind: 'no' };
    }
    case 'slot_choice': case 'article_choice': case 'rating': {
      const hit = recognizeOrdinal(text, c)[0] ?? recognizeNumber(text, c)[0];
      const n = Number(hit?.resolution.value);
      if (!Number.isInteger(n) || n < 1) return { kind: 'unknown' };
      return context.prompt === 'rating' ? (n <= 5 ? { kind: 'rating', value: n } : { kind: 'unknown' }) : { kind: 'choice', index: n - 1 };
    }
    case 'purchase_date': {
      const values = recognizeDateTime(text, c, undefined, refOf(context))[0]?.resolution?.values as { timex?: string; value?: string; start?: string }[] | undefined;
      const month = monthFromTimex(values);
      return month ? { kind: 'value', field: 'purchase_date', value: month } : { kind: 'unknown' };
    }
    case 'visit_time': {
      const results = recognizeDateTime(text, c, undefined, refOf(context));
      const values = results.flatMap((r) => (r.resolution?.values ?? []) as { timex?: string; value?: string; start?: string; type?: string }[]);
      const date = values.find((v) => v.type === 'date' || v.type === 'datetime')?.value?.slice(0, 10);
      const hour = Number(values.find((v) => /time/.test(v.type ?? ''))?.start?.slice(0, 2) ?? values.find((v) => v.type === 'datetime')?.value?.slice(11, 13) ?? NaN);
      if (!date) return { kind: 'unknown' };
      if (Number.isNaN(hour)) return { kind: 'partial', field: 'visit_time', known: { date } };
      const period = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
      return { kind: 'value', field: 'visit_time', value: `${date} ${period}` };
    }
    default:
      return { kind: 'unknown' };
  }
};

const chronoOnly: Baseline = (text, context) => {
  if (context.prompt !== 'purchase_date' && context.prompt !== 'visit_time') return { kind: 'unknown' };
  const hit = (context.prompt === 'purchase_date' ? chrono.parse(text, refOf(context)) : chrono.parse(text, refOf(context), { forwardDate: true }))[0];
  if (!hit) return { kind: 'unknown' };
  const d = hit.start.date();
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  if (context.prompt === 'purchase_date') return { kind: 'value', field: 'purchase_date', value: day.slice(0, 7) };
  if (!hit.start.isCertain('hour')) return { kind: 'partial', field: 'visit_time', known: { date: day } };
  const hour = hit.start.get('hour') ?? 9;
  return { kind: 'value', field: 'visit_time', value: `${day} ${hour <= 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening'}` };
};

export const BASELINES: Record<string, Baseline> = { recognizers, chrono: chronoOnly };
