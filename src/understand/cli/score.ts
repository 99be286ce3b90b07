import { DEFINITE_KINDS, type Field, type PromptType, type Reading, type UnderstandContext } from '../reading.js';
import type { CorpusItem } from './corpus.js';
import { storedOf } from './summary-values.js';

/** The prompt and context an item was answered at, as a dialog would pass them. */
export function contextOf(item: CorpusItem, region = 'CN'): UnderstandContext {
  const prompt = (item.type === 'correction' ? item.context?.prompt_type ?? 'name' : item.type) as PromptType;
  const [date, time] = item.ref.split('T');
  // At the summary the dialog passes the values it shows; the prompt an item was answered at shows them too.
  const stored = prompt === 'summary_confirm' ? storedOf(item.prompt, date, region) : undefined;
  return { prompt, today: date, hour: Number(time?.slice(0, 2) ?? 10), options: item.context?.options, region, ...(stored && { stored }) };
}

/** `asks`: the topic of a question asked beside a yes (the bot answers it and takes the yes). */
export interface Label { kind: string; value?: string; field?: string; asks?: string }

/** A reading in the label's terms: the kind, plus the value the label would carry. */
export function asLabel(reading: Reading): Label {
  switch (reading.kind) {
    case 'choice': return { kind: 'choice', value: String(reading.index + 1) };
    case 'rating': return { kind: 'rating', value: String(reading.value) };
    case 'value': return { kind: 'value', value: reading.value, field: reading.field };
    case 'question': return { kind: 'question', value: reading.topic };
    case 'yes': return reading.asks ? { kind: 'yes', asks: reading.asks } : { kind: 'yes' };
    case 'correction': return { kind: 'correction', field: reading.field, value: reading.value?.kind === 'value' ? reading.value.value : undefined };
    case 'partial': return { kind: 'partial', field: reading.field };
    case 'invalid': return { kind: 'invalid', field: reading.field };
    default: return { kind: reading.kind };
  }
}

/** Addresses and names are compared as written, up to spacing, punctuation and case. */
function same(field: string | undefined, expected: string | undefined, got: string | undefined): boolean {
  if (expected === undefined) return true;
  if (got === undefined) return false;
  const loose = (s: string) => s.toLowerCase().replace(/[\s,，.。:：'"“”]/g, '');
  return field === 'address' || field === 'name' ? loose(expected) === loose(got) : expected === got;
}

/** An option that says "none of these". */
const NEITHER = /都不是|以上都不|^\s*(neither|none( of (these|the above))?)\s*$/i;

/** Choosing the option "都不是" / "Neither" is the answer "none": authors label it either way, the bot acts the same. */
function asNeither(label: Label, options: readonly string[] | undefined): Label {
  return label.kind === 'choice' && label.value && NEITHER.test(options?.[Number(label.value) - 1] ?? '') ? { kind: 'none' } : label;
}

export interface Verdict { correct: boolean; silent: boolean; got: Label }

/**
 * Correct: same kind and value. Silent misreading: a definite reading (one the bot would act on
 * without asking) that is wrong, including one given where the label says partial/invalid/question.
 */
export function judge(item: CorpusItem, reading: Reading): Verdict {
  const got = asLabel(reading);
  const correct = agrees(item, item.expect as Label, got);
  const definite = DEFINITE_KINDS.has(reading.kind) && !(reading.kind === 'correction' && !reading.value);
  return { correct, silent: definite && !correct, got: asNeither(got, item.context?.options) };
}

/** Whether `got` says what `expected` says about `item`: the bot's reading against a label, or two labellers. */
export function agrees(item: CorpusItem, expectedLabel: Label, gotLabel: Label): boolean {
  const got = asNeither(gotLabel, item.context?.options);
  const expected = asNeither(expectedLabel, item.context?.options);
  const field = (expected.field ?? fieldOfType(item.type)) as Field | undefined;
  // "确认。师傅几点到？" is labelled yes by some authors, a question by others: a yes that carries the
  // question's topic does what both ask (the dialog answers, then goes on).
  if (expected.kind === 'question' && got.kind === 'yes' && got.asks) return got.asks === expected.value;
  if (got.kind !== expected.kind) return false;
  if (expected.kind === 'correction') return got.field === expected.field && (expected.value === undefined || same(expected.field, expected.value, got.value));
  return same(field, expected.value, got.value);
}

function fieldOfType(type: string): string | undefined {
  return ['name', 'phone', 'model', 'purchase_date', 'address', 'visit_time'].includes(type) ? type : undefined;
}
