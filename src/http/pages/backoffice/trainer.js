'use strict';
const PRODUCTS = ['washing-machine', 'refrigerator', 'air-conditioner', 'water-heater', 'range-hood', 'tv', 'router', 'printer', 'phone-tablet', 'general'];
const $ = (id) => document.getElementById(id);
let current = { id: undefined, revision: undefined };

const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);

/** The form as the API takes it: front matter fields plus the Markdown body; empty optionals left out. */
function readForm() {
  const fields = { id: $('f-id').value.trim(), category: $('f-category').value, product: $('f-product').value, escalation: $('f-escalation').value };
  fields.title = { zh: $('f-title-zh').value.trim() };
  if ($('f-title-en').value.trim()) fields.title.en = $('f-title-en').value.trim();
  fields.models = $('f-models').value.split(',').map((s) => s.trim()).filter(Boolean);
  fields.languages = ['zh', 'en'].filter((l) => $('f-lang-' + l).checked);
  fields.symptoms = { zh: lines($('f-symptoms-zh').value) };
  if (lines($('f-symptoms-en').value).length) fields.symptoms.en = lines($('f-symptoms-en').value);
  if ($('f-warranty-zh').value.trim()) {
    fields.warranty = { zh: $('f-warranty-zh').value.trim() };
    if ($('f-warranty-en').value.trim()) fields.warranty.en = $('f-warranty-en').value.trim();
  }
  if ($('f-upsell-kind').value) {
    fields.upsell = { kind: $('f-upsell-kind').value, zh: $('f-upsell-zh').value.trim() };
    if ($('f-upsell-en').value.trim()) fields.upsell.en = $('f-upsell-en').value.trim();
  }
  return Object.assign(fields, { body: $('f-body').value });
}

function fillForm(editable) {
  const f = editable.fields || {};
  $('f-id').value = f.id || '';
  $('f-category').value = f.category || 'troubleshooting';
  $('f-product').value = f.product || 'general';
  $('f-escalation').value = f.escalation || 'self-service';
  $('f-title-zh').value = (f.title && f.title.zh) || '';
  $('f-title-en').value = (f.title && f.title.en) || '';
  $('f-models').value = (f.models || []).join(', ');
  $('f-lang-zh').checked = (f.languages || ['zh']).includes('zh');
  $('f-lang-en').checked = (f.languages || []).includes('en');
  $('f-symptoms-zh').value = ((f.symptoms && f.symptoms.zh) || []).join('\n');
  $('f-symptoms-en').value = ((f.symptoms && f.symptoms.en) || []).join('\n');
  $('f-warranty-zh').value = (f.warranty && f.warranty.zh) || '';
  $('f-warranty-en').value = (f.warranty && f.warranty.en) || '';
  $('f-upsell-kind').value = (f.upsell && f.upsell.kind) || '';
  $('f-upsell-zh').value = (f.upsell && f.upsell.zh) || '';
  $('f-upsell-en').value = (f.upsell && f.upsell.en) || '';
  $('f-body').value = editable.body || '';
  showErrors([]);
}

/** Each error goes beside the field whose path is the longest prefix of the error's (symptoms.zh.2 → symptoms.zh). */
function showErrors(errors) {
  const slots = [...document.querySelectorAll('.error[data-for]')];
  for (const slot of slots) slot.textContent = '';
  for (const node of document.querySelectorAll('.invalid')) node.classList.remove('invalid');
  for (const error of errors) {
    const field = error.field;
    const slot = slots.filter((s) => field === s.dataset.for || field.startsWith(s.dataset.for + '.')).sort((a, b) => b.dataset.for.length - a.dataset.for.length)[0]
      || slots.find((s) => s.dataset.for.startsWith(field + '.')) || slots.find((s) => s.dataset.for === 'fields');
    slot.textContent = (slot.textContent ? slot.textContent + ' · ' : '') + (error.line ? 'line ' + error.line + ': ' : '') + error.message;
    const input = slot.parentElement.querySelector('input, select, textarea');
    if (input) input.classList.add('invalid');
  }
}

function tagFor(status) { return el('span', { className: 'tag ' + status }, status); }

async function loadList() {
  const query = new URLSearchParams();
  if ($('search').value.trim()) query.set('q', $('search').value.trim());
  if ($('filter').value) query.set('status', $('filter').value);
  const { articles } = await api('GET', '/api/articles?' + query);
  $('articles').replaceChildren(...articles.map((a) => el('li', { 'data-id': a.id, className: a.id === current.id ? 'current' : '', onclick: () => openArticle(a.id) },
    a.title.zh, ' ', el('small', {}, a.id), tagFor(a.status), a.hasDraft ? tagFor('draft') : null)));
}

function showView(view) {
  current = { id: view.id, revision: view.revision };
  $('editor-title').textContent = view.id + ' · ' + view.status + (view.hasDraft ? ' (draft pending)' : '');
  $('f-id').disabled = true;
}

async function openArticle(id) {
  const view = await api('GET', '/api/articles/' + encodeURIComponent(id));
  fillForm(view.editable);
  showView(view);
  $('preview').replaceChildren();
  $('revisions').replaceChildren();
  loadList();
}

function newArticle(prefill) {
  current = { id: undefined, revision: undefined };
  fillForm(prefill || { fields: { languages: ['zh'], category: 'troubleshooting', product: 'general' }, body: '## zh\n\n\n\n1. \n' });
  $('f-id').disabled = false;
  $('editor-title').textContent = '新文章 New article';
}

async function act(work, done) {
  try {
    const result = await work();
    showErrors([]);
    say(done);
    return result;
  } catch (err) {
    if (err.data && Array.isArray(err.data.errors)) showErrors(err.data.errors);
    say('✗ ' + err.message);
    return undefined;
  }
}

async function save() {
  const input = Object.assign(readForm(), current.revision ? { baseRevision: current.revision } : {});
  const view = await act(() => current.id ? api('PUT', '/api/articles/' + encodeURIComponent(current.id), input) : api('POST', '/api/articles', input), '已保存草稿 Draft saved');
  if (view) { showView(view); loadList(); }
}

async function lifecycle(action, label) {
  if (!current.id) return;
  const view = await act(() => api('POST', '/api/articles/' + encodeURIComponent(current.id) + '/' + action), label);
  if (view) { fillForm(view.editable); showView(view); loadList(); }
}

async function preview() {
  try {
    const result = await api('POST', '/api/articles/preview', readForm());
    showErrors([]);
    // Rendered by the server with markdown-it (html: false): typed HTML arrives escaped as text.
    $('preview').innerHTML = result.html;
  } catch (err) {
    if (err.data && Array.isArray(err.data.errors)) showErrors(err.data.errors);
    if (err.data && err.data.html) $('preview').innerHTML = err.data.html;
  }
}

async function ask() {
  const body = { question: $('ask-question').value, draft: $('ask-draft').checked };
  if (body.draft) body.article = readForm();
  const result = await act(() => api('POST', '/api/kb/ask', body), '');
  if (!result) return;
  const answer = result.answer;
  $('ask-result').replaceChildren(
    el('p', { id: 'ask-decision' }, result.mode + ' · ' + result.decision),
    answer ? el('div', { id: 'ask-answer' }, el('strong', {}, answer.title + ' (' + answer.articleId + ')'), el('p', {}, answer.summary),
      answer.step ? el('p', { id: 'ask-step' }, 'Step ' + answer.step.n + '/' + answer.step.total + ': ' + answer.step.text) : null) : el('p', {}, '— no answer —'),
    el('ol', {}, result.competitors.map((c) => el('li', {}, c.title + ' (' + c.articleId + ') relevance ' + c.relevance + (c.draft ? ' [draft]' : '')))));
}

async function history() {
  if (!current.id) return;
  const { revisions } = await api('GET', '/api/articles/' + encodeURIComponent(current.id) + '/revisions');
  $('revisions').replaceChildren(el('h2', {}, '修订记录 Revisions'), ...revisions.map((r) => el('div', { className: 'revision', 'data-revision': r.revision },
    el('div', { className: 'row' }, el('strong', {}, '#' + r.revision), r.action + ' · ' + r.state + ' · ' + r.by + ' · ' + r.at,
      el('button', { onclick: () => revert(r.revision) }, '恢复此版 Revert to this')),
    el('div', { className: 'diff' }, r.changes.map((c) => el('div', { className: c.op === '+' ? 'add' : 'del' }, c.op + ' ' + c.text))))));
}

async function revert(revision) {
  const view = await act(() => api('POST', '/api/articles/' + encodeURIComponent(current.id) + '/revert', { revision }), '已恢复为草稿 Reverted (draft) — publish to make it live');
  if (view) { fillForm(view.editable); showView(view); history(); loadList(); }
}

async function loadUnanswered() {
  const { groups } = await api('GET', '/api/kb/unanswered');
  $('unanswered').replaceChildren(...groups.map((g) => el('li', {},
    el('strong', {}, g.label), ' ×' + g.count, el('ul', {}, g.examples.map((e) => el('li', {}, e.question + ' [' + e.reason + ']'))),
    el('button', { onclick: async () => newArticle(await api('POST', '/api/kb/unanswered/draft', { groupId: g.id })) }, '据此新建 Start an article'))));
}

$('f-product').replaceChildren(...PRODUCTS.map((p) => el('option', {}, p)));
$('search').addEventListener('input', () => loadList());
$('filter').addEventListener('change', () => loadList());
$('new').addEventListener('click', () => newArticle());
$('save').addEventListener('click', save);
$('publish').addEventListener('click', () => lifecycle('publish', '已发布 Published'));
$('retire').addEventListener('click', () => lifecycle('retire', '已下线 Retired'));
$('preview-btn').addEventListener('click', preview);
$('ask').addEventListener('click', ask);
$('history').addEventListener('click', history);
$('load-unanswered').addEventListener('click', loadUnanswered);
setupLogin(() => { loadList(); loadUnanswered().catch(() => undefined); });
