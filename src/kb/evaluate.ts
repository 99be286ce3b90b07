import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { LanguageSchema } from '../language.js';
import type { KnowledgeBase, SearchHit, SearchOptions } from './knowledge-base.js';
import { decideMatch, type MatchDecision } from './match-decision.js';

export const EvalQuestionSchema = z.object({
  question: z.string().min(1),
  /** Article ids that answer it; any of them counts as a hit. Empty: nothing should match. */
  expected: z.array(z.string()),
  lang: LanguageSchema,
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** One JSON object a line; blank lines are ignored. */
export function parseEvalSet(text: string, file = '<eval set>'): EvalQuestion[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new AppError('INTERNAL', `${file}:${i + 1} is not JSON`, { cause, details: { file, line: i + 1 } });
    }
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
  let top1 = 0, top3 = 0, rr = 0, n = 0;
  for (const q of questions) {
    const started = performance.now();
    const hits = await kb.search(q.question, { ...searchOptions(q), limit: 10 });
    times.push(performance.now() - started);
    const decision = decideMatch(hits);
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
