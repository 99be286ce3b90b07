'use strict';
const pct = (v) => (v === undefined ? '—' : Math.round(v * 100) + '%');
const num = (v) => (v === undefined ? '—' : String(Math.round(v * 100) / 100));

function rangeQuery() {
  const q = new URLSearchParams();
  if (document.getElementById('from').value) q.set('from', document.getElementById('from').value);
  if (document.getElementById('to').value) q.set('to', document.getElementById('to').value);
  return q;
}

function panel(id, title, figure, ...charts) {
  return el('section', { id }, el('h2', {}, title), figure === undefined ? null : el('div', { className: 'figure' }, figure), ...charts);
}

function render(s) {
  const sla = ['response', 'onSite', 'progress'].map((k) => ({ label: k + ' (' + s.sla[k].met + '/' + (s.sla[k].met + s.sla[k].missed) + ')', value: s.sla[k].rate }));
  document.getElementById('panels').replaceChildren(
    panel('p-conversations', '会话 Conversations', s.conversations.total,
      barChart('Conversations per channel', Object.entries(s.conversations.byChannel).map(([label, value]) => ({ label, value }))),
      columnChart('Conversations per day', s.conversations.byDay.map((d) => ({ day: d.day, value: d.count })))),
    panel('p-self-service', '自助解决率 Self-service resolution', pct(s.selfService.rate),
      barChart('Self-service', [{ label: 'resolved by the bot', value: s.selfService.resolved }, { label: 'all conversations', value: s.selfService.total }])),
    panel('p-tickets', '新工单 Tickets opened', s.tickets.opened,
      columnChart('Tickets per day', s.tickets.byDay.map((d) => ({ day: d.day, value: d.count })), { color: '#de911d' })),
    panel('p-sla', 'SLA 达成率 SLA compliance', undefined, barChart('SLA compliance', sla, { max: 1, format: pct, color: '#3ebd93' })),
    panel('p-csat', '满意度 CSAT', num(s.csat.average) + ' / 5',
      columnChart('CSAT per day', s.csat.byDay.map((d) => ({ day: d.day, value: d.average })), { max: 5, format: num, color: '#8719e0' }),
      barChart('CSAT per article', s.articles.mostUsed.filter((a) => a.csat !== undefined).map((a) => ({ label: a.articleId, value: a.csat })), { max: 5, format: num, color: '#8719e0' })),
    panel('p-articles', '文章 Articles', undefined,
      el('h3', {}, '最常用 Most used'), barChart('Most used articles', s.articles.mostUsed.map((a) => ({ label: a.articleId, value: a.used }))),
      el('h3', {}, '最常失败 Most failing'), barChart('Most failing articles', s.articles.mostFailing.map((a) => ({ label: a.articleId, value: a.failureRate })), { max: 1, format: pct, color: '#e12d39' })),
    panel('p-queue', '排队等待 Agent queue wait (min)', num(s.queueWait.averageMinutes),
      barChart('Queue wait', [{ label: 'p50', value: s.queueWait.p50Minutes }, { label: 'p90', value: s.queueWait.p90Minutes }, { label: 'max', value: s.queueWait.maxMinutes }], { format: num, color: '#486581' }),
      columnChart('Queue wait per day', s.queueWait.byDay.map((d) => ({ day: d.day, value: d.averageMinutes })), { format: num, color: '#486581' })),
    ...afterVisitPanels(s.afterVisit),
  );
}

/** Issue 16: the index is actual / expected per dimension, weighted; 1 = expectations met. */
function afterVisitPanels(v) {
  const dims = Object.entries(v.satisfaction.dimensions).map(([label, d]) => ({ label: label + ' (' + num(d.mean) + '/' + d.expected + ')', value: d.ratio }));
  return [
    panel('p-satisfaction', '满意度指数 Satisfaction index (' + v.satisfaction.surveys + ')', num(v.satisfaction.index),
      barChart('Actual / expected per dimension', dims, { max: 1.2, format: num, color: '#8719e0' })),
    panel('p-fix', '一次修复率 First-time fix', pct(v.firstTimeFix.rate),
      barChart('Repairs', [{ label: 'closed', value: v.firstTimeFix.closed }, { label: 'repeat repairs', value: v.repeatRepairs.count }], { color: '#e12d39' })),
    panel('p-close', '报修到完成 Report → close (h)', num(v.reportToClose.p50Hours),
      barChart('Report to close', [{ label: 'p50', value: v.reportToClose.p50Hours }, { label: 'p90', value: v.reportToClose.p90Hours }], { format: num, color: '#486581' })),
    panel('p-quotes', '报价接受率 Quote acceptance', pct(v.quotes.acceptanceRate),
      barChart('Quotes', [{ label: 'accepted', value: v.quotes.accepted }, { label: 'refused', value: v.quotes.refused }], { color: '#de911d' })),
    panel('p-signoff', '客户确认率 Sign-off rate', pct(v.signOff.rate),
      barChart('Sign-off', [{ label: 'answered', value: v.signOff.answered }, { label: 'timed out', value: v.signOff.timedOut }], { color: '#3ebd93' })),
  ];
}

async function load() {
  try {
    render(await api('GET', '/api/reports/summary?' + rangeQuery()));
    say('');
  } catch (err) {
    say('✗ ' + err.message);
  }
}

/** The export needs the Authorization header too, so it is fetched and handed to the browser as a file. */
async function exportCsv() {
  const q = rangeQuery();
  q.set('format', 'csv');
  try {
    const text = await api('GET', '/api/reports/summary?' + q);
    const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: 'summary.csv' });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (err) {
    say('✗ ' + err.message);
  }
}

document.getElementById('load').addEventListener('click', load);
document.getElementById('csv').addEventListener('click', exportCsv);
setupLogin(load);
