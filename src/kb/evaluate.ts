import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { LanguageSchema } from '../language.js';
import type { KnowledgeBase, SearchHit, SearchOptions } from './knowledge-base.js';
import { decideMessage, type MatchDecision } from './match-decision.js';

const LegacyQuestionSchema = z.object({
  question: z.string().min(1),
  /** Article ids that answer it; any of them counts as a hit. Empty: nothing should match. */
  expected: z.array(z.string()),
  lang: LanguageSchema,
});

/**
 * The blind authors' format (staging/kb-author-brief.md): `text` and `expect`, an id and batch, and
 * optional tags. Their `lang` is zh for every kind of Chinese (traditional, Cantonese, pinyin).
 */
const BlindItemSchema = z.object({
  id: z.string().min(1),
  batch: z.string().optional(),
  lang: LanguageSchema,
  text: z.string().min(1),
  expect: z.array(z.string()),
  vague: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});

export const EvalQuestionSchema = z.union([
  LegacyQuestionSchema,
  BlindItemSchema.transform(({ id, lang, text, expect, tags, vague }) => ({
    question: text,
    expected: expect,
    lang,
    id,
    tags: vague ? [...(tags ?? []), 'vague'] : (tags ?? []),
  })),
]);
export type EvalQuestion = { question: string; expected: string[]; lang: z.infer<typeof LanguageSchema>; id?: string; tags?: string[] };

/** A header line such as {"_meta":{"split":"test","frozen":true}}: describes the file, is not a question. */
function isMetaLine(json: unknown): boolean {
  return typeof json === 'object' && json !== null && '_meta' in json;
}

/** One JSON object a line; blank lines and `_meta` header lines are skipped. */
export function parseEvalSet(text: string, file = '<eval set>'): EvalQuestion[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new AppError('INTERNAL', `${file}:${i + 1} is not JSON`, { cause, details: { file, line: i + 1 } });
    }
    if (isMetaLine(json)) return [];
    const parsed = EvalQuestionSchema.safeParse(json);
    if (!parsed.success) {
      throw new AppError('INTERNAL', `${file}:${i + 1} ${parsed.error.issues[0].message}`, { details: { file, line: i + 1 } });
    }
    return [parsed.data];
  });
}

export interface EvalMiss {
  question: string;
  expected: string[];
  got: { id: string; relevance: number }[];
  rank: number | undefined;
}

export interface EvalSummary {
  n: number;
  /** Questions whose expected articles are not in the base (yet): left out of every figure. */
  pending: number;
  top1: number;
  top3: number;
  mrr: number;
  p50_ms: number;
  p99_ms: number;
}

export interface EvalReport {
  summary: EvalSummary;
  misses: EvalMiss[];
  /** Per answerable question: the decision and whether it pointed at an expected article. */
  decisions: { decision: MatchDecision['kind']; correct: boolean; question: EvalQuestion; hits: SearchHit[] }[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

function decisionCorrect(decision: MatchDecision, expected: string[]): boolean {
  switch (decision.kind) {
    case 'confident':
    case 'weak':
      return expected.includes(decision.hit.article.id);
    case 'ambiguous':
      return decision.hits.some((h) => expected.includes(h.article.id));
    case 'none':
      return expected.length === 0;
  }
}

/** Runs every question through kb.search as the bot would, timing each search. */
export async function evaluate(
  kb: KnowledgeBase,
  questions: readonly EvalQuestion[],
  searchOptions: (q: EvalQuestion) => SearchOptions = (q) => ({ language: q.lang }),
): Promise<EvalReport> {
  const times: number[] = [];
  const misses: EvalMiss[] = [];
  const decisions: EvalReport['decisions'] = [];
  let top1 = 0, top3 = 0, rr = 0, n = 0, pending = 0;
  for (const q of questions) {
    if (q.expected.length > 0 && q.expected.every((id) => !kb.get(id))) {
      pending++;
      continue;
    }
    const started = performance.now();
    const hits = await kb.search(q.question, { ...searchOptions(q), limit: 10 });
    times.push(performance.now() - started);
    const decision = decideMessage(q.question, hits);
    decisions.push({ decision: decision.kind, correct: decisionCorrect(decision, q.expected), question: q, hits });
    if (q.expected.length === 0) continue;
    n++;
    const index = hits.findIndex((h) => q.expected.includes(h.article.id));
    const rank = index < 0 ? undefined : index + 1;
    if (rank === 1) top1++;
    if (rank !== undefined && rank <= 3) top3++;
    if (rank !== undefined) rr += 1 / rank;
    if (rank !== 1) {
      misses.push({ question: q.question, expected: q.expected, rank, got: hits.slice(0, 3).map((h) => ({ id: h.article.id, relevance: round(h.relevance, 2) })) });
    }
  }
  times.sort((a, b) => a - b);
  return {
    summary: {
      n,
      pending,
      top1: round(n ? top1 / n : 0),
      top3: round(n ? top3 / n : 0),
      mrr: round(n ? rr / n : 0),
      p50_ms: round(percentile(times, 50), 3),
      p99_ms: round(percentile(times, 99), 3),
    },
    misses,
    decisions,
  };
}

export interface DecisionTable {
  /** Answerable questions by decision; `right` = the decision points at (or offers) an expected article. */
  confident: { n: number; right: number };
  ambiguous: { n: number; right: number };
  weak: { n: number; right: number };
  none: number;
  /** Questions nothing should answer (expected []), and how many got "none" / a confident answer. */
  offTopic: { n: number; none: number; confident: number };
}

/** The decision figures: confident right, ambiguous containing the right one, off-topic → none. */
export function decisionTable(decisions: EvalReport['decisions']): DecisionTable {
  const table: DecisionTable = {
    confident: { n: 0, right: 0 }, ambiguous: { n: 0, right: 0 }, weak: { n: 0, right: 0 }, none: 0,
    offTopic: { n: 0, none: 0, confident: 0 },
  };
  for (const d of decisions) {
    if (d.question.expected.length === 0) {
      table.offTopic.n++;
      if (d.decision === 'none') table.offTopic.none++;
      if (d.decision === 'confident') table.offTopic.confident++;
    } else if (d.decision === 'none') {
      table.none++;
    } else {
      table[d.decision].n++;
      if (d.correct) table[d.decision].right++;
    }
  }
  return table;
}
