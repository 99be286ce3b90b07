import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../../helpers/test-app.js';
import { copyKnowledgeBase, STAFF, STAFF_TOKENS_ENV } from '../../helpers/kb-copy.js';

let server: TestApp;
let kb: ReturnType<typeof copyKnowledgeBase>;

beforeAll(async () => {
  kb = copyKnowledgeBase();
  server = await startTestApp({ env: { KB_DIR: kb.dir, STAFF_TOKENS: STAFF_TOKENS_ENV } });
});
afterAll(async () => {
  await server?.close();
  kb?.remove();
});

async function call(method: string, path: string, body?: unknown, token: string | null = STAFF.trainer) {
  const response = await server.app.server.inject({
    method: method as 'GET',
    url: path,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.json() as Record<string, any> };
}

const ARTICLE = 'washer-not-draining';
const NEW_STEP = '先把洗衣机断电，再把排水管整根拔下来对着水桶冲洗一遍。';

async function editableWithFirstStep(text: string) {
  const { body } = await call('GET', `/api/articles/${ARTICLE}`);
  const markdown = (body.editable.body as string).replace(/^1\. .*$/m, `1. ${text}`);
  return { ...body.editable.fields, body: markdown };
}

describe('article API roles', () => {
  it('asks for a token, refuses an agent, admits a trainer and the admin', async () => {
    expect((await call('GET', '/api/articles', undefined, null)).status).toBe(401);
    expect((await call('GET', '/api/articles', undefined, STAFF.agent)).status).toBe(403);
    expect((await call('PUT', `/api/articles/${ARTICLE}`, { body: 'x' }, STAFF.agent)).status).toBe(403);
    expect((await call('POST', '/api/kb/ask', { question: '洗衣机不排水' }, STAFF.supervisor)).status).toBe(403);
    expect((await call('GET', '/api/articles', undefined, STAFF.trainer)).status).toBe(200);
    expect((await call('GET', '/api/articles', undefined, TEST_ADMIN_TOKEN)).status).toBe(200);
    expect((await call('GET', '/api/staff/me', undefined, STAFF.trainer)).body).toEqual({ id: 'tina', roles: ['trainer'] });
  });
});

describe('editing, publishing and reverting an article', () => {
  it('reports every schema problem next to its field, and body problems with their line', async () => {
    const { body: view } = await call('GET', `/api/articles/${ARTICLE}`);
    const bad = await call('PUT', `/api/articles/${ARTICLE}`, { ...view.editable.fields, title: { en: 'x' }, product: 'toaster', body: view.editable.body });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['product', 'title.zh']);
    const badBody = await call('PUT', `/api/articles/${ARTICLE}`, { ...view.editable.fields, languages: ['zh'], body: '## zh\n\n1. 第一步\n\n后面多了一段话' });
    expect(badBody.status).toBe(422);
    expect(badBody.body.errors).toEqual([expect.objectContaining({ field: 'body', line: 5 })]);
  });

  it('keeps a saved draft from customers until it is published, then answers with it', async () => {
    const ask = async (draft: boolean) => (await call('POST', '/api/kb/ask', { question: '洗衣机不排水', draft })).body;
    const before = await ask(false);
    expect(before).toMatchObject({ decision: 'confident', answer: { articleId: ARTICLE, step: { n: 1 } } });
    expect(before.competitors.length).toBeGreaterThan(1);

    const saved = await call('PUT', `/api/articles/${ARTICLE}`, await editableWithFirstStep(NEW_STEP));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'published', hasDraft: true, revision: 2 });
    expect((await ask(false)).answer.step.text).toBe(before.answer.step.text);
    expect((await ask(true)).answer.step.text).toBe(NEW_STEP);

    const published = await call('POST', `/api/articles/${ARTICLE}/publish`);
    expect(published.body).toMatchObject({ hasDraft: false, revision: 3 });
    expect((await ask(false)).answer.step.text).toBe(NEW_STEP);
    expect(readFileSync(join(kb.dir, 'washing-machine', `${ARTICLE}.md`), 'utf8')).toContain(NEW_STEP);

    const { body: history } = await call('GET', `/api/articles/${ARTICLE}/revisions`);
    expect(history.revisions.map((r: { revision: number; action: string; by: string }) => [r.revision, r.action, r.by]))
      .toEqual([[3, 'publish', 'tina'], [2, 'save', 'tina'], [1, 'import', 'files']]);
    expect(history.revisions[1].changes).toEqual(expect.arrayContaining([{ op: '+', text: `1. ${NEW_STEP}` }]));

    const reverted = await call('POST', `/api/articles/${ARTICLE}/revert`, { revision: 1, publish: true });
    expect(reverted.body).toMatchObject({ hasDraft: false, revision: 5 });
    expect((await ask(false)).answer.step.text).toBe(before.answer.step.text);
  });

  it('creates a new article once, and retiring takes it away from customers', async () => {
    const fields = {
      id: 'tv-standby-light-blinking', category: 'troubleshooting', product: 'tv', languages: ['zh'],
      title: { zh: '电视待机灯一直闪' }, symptoms: { zh: ['遥控器按了没反应', '电视待机灯一直闪'] },
    };
    const body = '## zh\n\n待机灯闪烁通常是主板自检报错。\n\n1. 拔掉电源等一分钟再插上开机。\n';
    const created = await call('POST', '/api/articles', { ...fields, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', hasDraft: true, revision: 1 });
    expect((await call('POST', '/api/articles', { ...fields, body })).status).toBe(409);
    expect((await call('GET', '/api/articles?status=draft')).body.articles.map((a: { id: string }) => a.id)).toContain('tv-standby-light-blinking');

    await call('POST', '/api/articles/tv-standby-light-blinking/publish');
    const live = (await call('POST', '/api/kb/ask', { question: '电视待机灯一直闪' })).body;
    expect(live.answer?.articleId).toBe('tv-standby-light-blinking');
    expect(readFileSync(join(kb.dir, 'tv', 'tv-standby-light-blinking.md'), 'utf8')).toContain('status: published');

    expect((await call('POST', '/api/articles/tv-standby-light-blinking/retire')).body).toMatchObject({ status: 'retired' });
    const after = (await call('POST', '/api/kb/ask', { question: '电视待机灯一直闪' })).body;
    expect(after.competitors.map((c: { articleId: string }) => c.articleId)).not.toContain('tv-standby-light-blinking');
  });

  it('answers the ask box with an unsaved article as if it were saved', async () => {
    const article = {
      id: 'router-led-red', category: 'troubleshooting', product: 'router', languages: ['zh'],
      title: { zh: '路由器红灯常亮' }, symptoms: { zh: ['路由器亮红灯', '路由器红灯一直亮'] },
      body: '## zh\n\n红灯表示没连上外网。\n\n1. 检查光猫到路由器 WAN 口的网线是否插紧。\n',
    };
    const answer = (await call('POST', '/api/kb/ask', { question: '路由器红灯一直亮', draft: true, article })).body;
    expect(answer).toMatchObject({ mode: 'draft', answer: { articleId: 'router-led-red' } });
    expect(answer.competitors[0]).toMatchObject({ articleId: 'router-led-red', draft: true });
    expect((await call('GET', '/api/articles/router-led-red')).status).toBe(404);
  });

  it('renders the preview without running HTML the trainer typed', async () => {
    const { body: view } = await call('GET', `/api/articles/${ARTICLE}`);
    const body = view.editable.body.replace(/^1\. .*$/m, '1. <script>alert(1)</script> [x](javascript:alert(1))');
    const preview = await call('POST', '/api/articles/preview', { ...view.editable.fields, body });
    expect(preview.status).toBe(200);
    expect(preview.body.html).toContain('&lt;script&gt;');
    expect(preview.body.html).not.toContain('<script');
    expect(preview.body.html).not.toContain('href="javascript:');
  });
});

describe('the unanswered questions report', () => {
  it('groups similar questions with masked examples and starts a draft from a group', async () => {
    const base = { conversationId: 'c', channel: 'web', language: 'zh' as const, reason: 'none' as const };
    await server.app.stores.unanswered.record({ ...base, at: '2026-11-18T02:00:00.000Z', question: '洗碗机不出热水' });
    await server.app.stores.unanswered.record({ ...base, at: '2026-11-18T03:00:00.000Z', question: '我叫张伟，13800138000，洗碗机不出热水了', reason: 'unhelpful' });
    expect((await call('GET', '/api/kb/unanswered', undefined, STAFF.agent)).status).toBe(403);
    const { body } = await call('GET', '/api/kb/unanswered?from=2026-11-18&to=2026-11-18');
    const group = body.groups.find((g: { count: number }) => g.count === 2);
    expect(group.reasons).toMatchObject({ none: 1, unhelpful: 1 });
    expect(JSON.stringify(group.examples)).not.toMatch(/张伟|13800138000/);
    const draft = await call('POST', '/api/kb/unanswered/draft', { groupId: group.id, from: '2026-11-18', to: '2026-11-18' });
    expect(draft.body.fields.symptoms.zh).toHaveLength(2);
    expect(draft.body.body).toContain('## zh');
  });
});
