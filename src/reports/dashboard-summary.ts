import type { ConversationEvent } from '../bot/conversation-events.js';
import { localDate } from '../tickets/local-date.js';
import type { Ticket } from '../tickets/ticket.js';
import type { ReportRange } from './report-range.js';
import { slaCompliance, type SlaCompliance } from './sla-compliance.js';
import { afterVisitFigures, type AfterVisitFigures, type Expectation } from './after-visit-figures.js';

export interface ArticleFigures {
  articleId: string;
  /** Conversations walked through it. */
  used: number;
  resolved: number;
  /** Tickets opened after it (ticket.articleId). */
  ticketed: number;
  /** Walked through but not resolved by it: (used - resolved) / used. */
  failureRate: number;
  csat?: number;
  ratings: number;
}

export interface DashboardSummary {
  range: { from: string; to: string; timeZone: string };
  conversations: { total: number; byChannel: Record<string, number>; byDay: { day: string; count: number }[] };
  /** Resolved without a ticket or an agent, out of all conversations. */
  selfService: { resolved: number; total: number; rate?: number };
  tickets: { opened: number; byDay: { day: string; count: number }[]; byProduct: Record<string, number> };
  sla: SlaCompliance;
  csat: { average?: number; count: number; byDay: { day: string; average?: number; count: number }[] };
  articles: { mostUsed: ArticleFigures[]; mostFailing: ArticleFigures[] };
  /** Minutes from joining the agents' queue to an agent taking the conversation. */
  queueWait: { count: number; averageMinutes?: number; p50Minutes?: number; p90Minutes?: number; maxMinutes?: number; byDay: { day: string; averageMinutes?: number; count: number }[] };
  /** The visit and after: satisfaction index, first-time fix, repeat repairs, report→close, quotes, sign-off. */
  afterVisit: AfterVisitFigures;
}

export interface SummaryInput {
  range: ReportRange;
  timeZone: string;
  now: Date;
  progressHours: number;
  events: readonly ConversationEvent[];
  /** Tickets created in the range. */
  tickets: readonly Ticket[];
  /** SATISFACTION_EXPECTATIONS; the documented defaults when absent. */
  expectations?: readonly Expectation[];
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : undefined);

function quantile(sorted: number[], q: number): number | undefined {
  if (!sorted.length) return undefined;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
}

function perDay<T>(days: string[], items: T[], dayOf: (item: T) => string) {
  const buckets = new Map(days.map((d) => [d, [] as T[]]));
  for (const item of items) buckets.get(dayOf(item))?.push(item);
  return [...buckets.entries()];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** Every dashboard figure from stored events and tickets; pure, so the seeded test can check each number. */
export function dashboardSummary(input: SummaryInput): DashboardSummary {
  const { events, tickets, range, timeZone } = input;
  const day = (at: string) => localDate(new Date(at), timeZone);
  const of = (kind: ConversationEvent['kind']) => events.filter((e) => e.kind === kind);
  const started = new Map<string, ConversationEvent>();
  for (const e of of('started')) if (!started.has(e.conversationId)) started.set(e.conversationId, e);
  const conversations = [...started.values()];
  const ticketed = new Set(tickets.map((t) => t.customer.conversationId));
  const handedOff = new Set(of('handed-off').map((e) => e.conversationId));
  const resolvedIds = new Set(of('resolved').map((e) => e.conversationId)
    .filter((id) => started.has(id) && !ticketed.has(id) && !handedOff.has(id)));
  const ratings = of('rated').filter((e) => e.rating !== undefined);
  const waits = of('claimed').filter((e) => e.waitMs !== undefined);
  const waitMinutes = waits.map((e) => e.waitMs! / 60_000).sort((a, b) => a - b);
  const reports = new Map<string, number[]>();
  for (const e of of('progress-sent')) if (e.ticketId) reports.set(e.ticketId, [...(reports.get(e.ticketId) ?? []), Date.parse(e.at)]);
  const articles = articleFigures(events, tickets);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), timeZone },
    conversations: {
      total: conversations.length,
      byChannel: countBy(conversations, (e) => e.channel),
      byDay: perDay(range.days, conversations, (e) => day(e.at)).map(([d, list]) => ({ day: d, count: list.length })),
    },
    selfService: { resolved: resolvedIds.size, total: conversations.length, ...(conversations.length ? { rate: round(resolvedIds.size / conversations.length) } : {}) },
    tickets: {
      opened: tickets.length,
      byDay: perDay(range.days, [...tickets], (t) => day(t.createdAt)).map(([d, list]) => ({ day: d, count: list.length })),
      byProduct: countBy(tickets, (t) => t.product),
    },
    sla: slaCompliance(tickets, reports, input.now, input.progressHours),
    csat: {
      average: mean(ratings.map((e) => e.rating!)),
      count: ratings.length,
      byDay: perDay(range.days, ratings, (e) => day(e.at)).map(([d, list]) => ({ day: d, average: mean(list.map((e) => e.rating!)), count: list.length })),
    },
    articles: {
      mostUsed: [...articles].sort((a, b) => b.used - a.used || a.articleId.localeCompare(b.articleId)).slice(0, 10),
      mostFailing: articles.filter((a) => a.used > a.resolved || a.ticketed > 0)
        .sort((a, b) => (b.used - b.resolved) - (a.used - a.resolved) || b.ticketed - a.ticketed || a.articleId.localeCompare(b.articleId)).slice(0, 10),
    },
    queueWait: {
      count: waits.length,
      averageMinutes: mean(waitMinutes),
      p50Minutes: quantile(waitMinutes, 0.5),
      p90Minutes: quantile(waitMinutes, 0.9),
      maxMinutes: waitMinutes.length ? round(waitMinutes[waitMinutes.length - 1]) : undefined,
      byDay: perDay(range.days, waits, (e) => day(e.at)).map(([d, list]) => ({ day: d, averageMinutes: mean(list.map((e) => e.waitMs! / 60_000)), count: list.length })),
    },
    afterVisit: afterVisitFigures(tickets, input.expectations),
  };
}

function articleFigures(events: readonly ConversationEvent[], tickets: readonly Ticket[]): ArticleFigures[] {
  const byId = new Map<string, { used: Set<string>; resolved: Set<string>; ticketed: number; ratings: number[] }>();
  const entry = (id: string) => {
    let e = byId.get(id);
    if (!e) byId.set(id, e = { used: new Set(), resolved: new Set(), ticketed: 0, ratings: [] });
    return e;
  };
  for (const e of events) {
    if (!e.articleId) continue;
    if (e.kind === 'answered') entry(e.articleId).used.add(e.conversationId);
    if (e.kind === 'resolved') entry(e.articleId).resolved.add(e.conversationId);
    if (e.kind === 'rated' && e.rating !== undefined) entry(e.articleId).ratings.push(e.rating);
  }
  for (const t of tickets) if (t.articleId) entry(t.articleId).ticketed++;
  return [...byId.entries()].map(([articleId, e]) => ({
    articleId,
    used: e.used.size,
    resolved: e.resolved.size,
    ticketed: e.ticketed,
    failureRate: e.used.size ? round((e.used.size - e.resolved.size) / e.used.size) : 0,
    ...(e.ratings.length ? { csat: mean(e.ratings) } : {}),
    ratings: e.ratings.length,
  }));
}
