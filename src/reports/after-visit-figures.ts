import { SURVEY_DIMENSIONS, type SurveyDimension } from '../tickets/after-visit.js';
import type { Ticket } from '../tickets/ticket.js';

/** What customers expect of one dimension (1–5) and how much it weighs in the index. */
export interface Expectation {
  expected: number;
  weight: number;
}

/**
 * Defaults for speed, attitude, efficiency, overall (SATISFACTION_EXPECTATIONS): customers expect a
 * little more of speed than of anything else (seed digest: speed first), so it weighs most.
 */
export const DEFAULT_EXPECTATIONS: readonly Expectation[] = [
  { expected: 4.5, weight: 0.3 }, { expected: 4.2, weight: 0.25 }, { expected: 4.3, weight: 0.25 }, { expected: 4.4, weight: 0.2 },
];

export interface AfterVisitFigures {
  /**
   * The documents' index: per dimension, mean experienced score / expected score; weighted by each
   * dimension's share of the weights. 1 means expectations met; above 1 exceeded.
   */
  satisfaction: {
    index?: number;
    surveys: number;
    dimensions: Record<SurveyDimension, { mean?: number; expected: number; weight: number; ratio?: number; count: number }>;
  };
  /** Closed without ever being reopened, out of all closed tickets. */
  firstTimeFix: { fixed: number; closed: number; rate?: number };
  /** Times customers said a repair did not fix it, and on how many tickets. */
  repeatRepairs: { count: number; tickets: number };
  /** Hours from the report to the (last) close. */
  reportToClose: { count: number; p50Hours?: number; p90Hours?: number };
  quotes: { quoted: number; accepted: number; refused: number; acceptanceRate?: number };
  /** Sign-offs the customer answered (either way), out of all that were asked and finished. */
  signOff: { asked: number; answered: number; timedOut: number; rate?: number };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const rate = (part: number, whole: number) => (whole ? round(part / whole) : undefined);

function quantile(sorted: number[], q: number): number | undefined {
  if (!sorted.length) return undefined;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)], 2);
}

/** Pure: every figure from the tickets alone, so a seeded test can check each number. */
export function afterVisitFigures(tickets: readonly Ticket[], expectations: readonly Expectation[] = DEFAULT_EXPECTATIONS): AfterVisitFigures {
  const surveys = tickets.flatMap((t) => (t.survey ? [t.survey] : []));
  const totalWeight = expectations.reduce((sum, e) => sum + e.weight, 0);
  const dimensions = Object.fromEntries(SURVEY_DIMENSIONS.map((dimension, i) => {
    const { expected, weight } = expectations[i] ?? DEFAULT_EXPECTATIONS[i]!;
    const scores = surveys.flatMap((s) => (s[dimension] === undefined ? [] : [s[dimension]!]));
    const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
    return [dimension, { mean: mean === undefined ? undefined : round(mean), expected, weight: round(weight / totalWeight), ratio: mean === undefined ? undefined : round(mean / expected), count: scores.length }];
  })) as AfterVisitFigures['satisfaction']['dimensions'];
  // Dimensions nobody answered drop out, and the others' weights are shared among what was measured.
  const measured = Object.values(dimensions).filter((d) => d.ratio !== undefined);
  const measuredWeight = measured.reduce((sum, d) => sum + d.weight, 0);
  const index = measured.length ? round(measured.reduce((sum, d) => sum + d.ratio! * d.weight, 0) / measuredWeight) : undefined;

  const closed = tickets.filter((t) => t.status === 'closed');
  const fixed = closed.filter((t) => !t.history.some((e) => e.to === 'reopened'));
  const repeated = tickets.filter((t) => (t.repeatRepairs ?? 0) > 0);
  const hours = closed.map((t) => {
    const closedAt = [...t.history].reverse().find((e) => e.to === 'closed')?.at ?? t.updatedAt;
    return (Date.parse(closedAt) - Date.parse(t.createdAt)) / 3_600_000;
  }).sort((a, b) => a - b);
  const quoted = tickets.filter((t) => t.quote);
  const accepted = quoted.filter((t) => t.quote?.answer === 'accepted').length;
  const refused = quoted.filter((t) => t.quote?.answer === 'refused').length;
  const signOffs = tickets.filter((t) => t.signOff?.answer);
  const answered = signOffs.filter((t) => t.signOff?.answer !== 'timeout').length;
  return {
    satisfaction: { index, surveys: surveys.length, dimensions },
    firstTimeFix: { fixed: fixed.length, closed: closed.length, rate: rate(fixed.length, closed.length) },
    repeatRepairs: { count: repeated.reduce((sum, t) => sum + (t.repeatRepairs ?? 0), 0), tickets: repeated.length },
    reportToClose: { count: hours.length, p50Hours: quantile(hours, 0.5), p90Hours: quantile(hours, 0.9) },
    quotes: { quoted: quoted.length, accepted, refused, acceptanceRate: rate(accepted, accepted + refused) },
    signOff: { asked: signOffs.length, answered, timedOut: signOffs.length - answered, rate: rate(answered, signOffs.length) },
  };
}
