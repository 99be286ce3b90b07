import type { DashboardSummary } from './dashboard-summary.js';

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula. */
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per figure: section, item, day, value — easy to pivot in any spreadsheet. */
export function summaryCsv(s: DashboardSummary): string {
  const rows: unknown[][] = [['section', 'item', 'day', 'value']];
  const add = (section: string, item: string, dayText: string, value: unknown) => rows.push([section, item, dayText, value]);
  add('range', 'from', '', s.range.from);
  add('range', 'to', '', s.range.to);
  add('conversations', 'total', '', s.conversations.total);
  for (const [channel, n] of Object.entries(s.conversations.byChannel)) add('conversations', `channel:${channel}`, '', n);
  for (const d of s.conversations.byDay) add('conversations', 'per-day', d.day, d.count);
  add('self-service', 'resolved', '', s.selfService.resolved);
  add('self-service', 'rate', '', s.selfService.rate);
  add('tickets', 'opened', '', s.tickets.opened);
  for (const d of s.tickets.byDay) add('tickets', 'per-day', d.day, d.count);
  for (const [kind, c] of Object.entries(s.sla)) {
    add('sla', `${kind}:met`, '', c.met);
    add('sla', `${kind}:missed`, '', c.missed);
    add('sla', `${kind}:pending`, '', c.pending);
    add('sla', `${kind}:rate`, '', c.rate);
  }
  add('csat', 'average', '', s.csat.average);
  add('csat', 'count', '', s.csat.count);
  for (const d of s.csat.byDay) add('csat', 'per-day', d.day, d.average);
  for (const a of s.articles.mostUsed) add('article-used', a.articleId, '', a.used);
  for (const a of s.articles.mostFailing) add('article-failure-rate', a.articleId, '', a.failureRate);
  for (const a of s.articles.mostUsed.filter((x) => x.csat !== undefined)) add('article-csat', a.articleId, '', a.csat);
  add('queue-wait', 'count', '', s.queueWait.count);
  add('queue-wait', 'average-minutes', '', s.queueWait.averageMinutes);
  add('queue-wait', 'p90-minutes', '', s.queueWait.p90Minutes);
  for (const d of s.queueWait.byDay) add('queue-wait', 'per-day-average-minutes', d.day, d.averageMinutes);
  const v = s.afterVisit;
  add('satisfaction', 'index', '', v.satisfaction.index);
  add('satisfaction', 'surveys', '', v.satisfaction.surveys);
  for (const [dimension, d] of Object.entries(v.satisfaction.dimensions)) {
    add('satisfaction', `${dimension}:mean`, '', d.mean);
    add('satisfaction', `${dimension}:ratio`, '', d.ratio);
  }
  add('first-time-fix', 'rate', '', v.firstTimeFix.rate);
  add('first-time-fix', 'closed', '', v.firstTimeFix.closed);
  add('repeat-repairs', 'count', '', v.repeatRepairs.count);
  add('report-to-close', 'p50-hours', '', v.reportToClose.p50Hours);
  add('report-to-close', 'p90-hours', '', v.reportToClose.p90Hours);
  add('quotes', 'acceptance-rate', '', v.quotes.acceptanceRate);
  add('quotes', 'quoted', '', v.quotes.quoted);
  add('sign-off', 'rate', '', v.signOff.rate);
  add('sign-off', 'timed-out', '', v.signOff.timedOut);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
