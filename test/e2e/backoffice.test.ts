import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { copyKnowledgeBase, STAFF, STAFF_TOKENS_ENV } from '../helpers/kb-copy.js';

let server: TestApp;
let browser: TestBrowser;
let kb: ReturnType<typeof copyKnowledgeBase>;

beforeAll(async () => {
  kb = copyKnowledgeBase();
  server = await startTestApp({ env: { KB_DIR: kb.dir, STAFF_TOKENS: STAFF_TOKENS_ENV } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  kb?.remove();
});

const QUESTION = '洗衣机不排水';
const NEW_STEP = '先断电，再把排水管整根拔下来，对着水桶冲洗干净后装回去。';
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** What the bot answers a new web chat customer who asks QUESTION, all replies joined. */
async function customerAsks(text: string): Promise<string> {
  const session = await (await fetch(`${server.baseUrl}/api/webchat/sessions`, { method: 'POST' })).json() as { token: string };
  const response = await fetch(`${server.baseUrl}/api/webchat/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, locale: 'zh-CN' }),
  });
  const { activities } = await response.json() as { activities: { text?: string }[] };
  return activities.map((a) => a.text ?? '').join('\n');
}

async function openTrainer(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/trainer`);
  await page.locator('#token').fill(STAFF.trainer);
  await page.locator('#login').click();
  await page.locator('#who', { hasText: 'tina (trainer)' }).waitFor();
  return page;
}

async function openArticle(page: Page, id: string): Promise<void> {
  await page.locator('#search').fill(id);
  await page.locator(`#articles li[data-id="${id}"]`).click();
  await page.locator('#editor-title', { hasText: id }).waitFor();
}

async function setFirstStep(page: Page, text: string): Promise<void> {
  const body = await page.locator('#f-body').inputValue();
  await page.locator('#f-body').fill(body.replace(/^1\. .*$/m, `1. ${text}`));
}

async function askInPage(page: Page): Promise<string> {
  await page.locator('#ask-question').fill(QUESTION);
  const previous = await page.locator('#ask-result').textContent();
  await page.locator('#ask').click();
  await page.waitForFunction((before) => document.querySelector('#ask-result')?.textContent !== before, previous);
  return (await page.locator('#ask-step').textContent()) ?? '';
}

describe('the trainer page in a real browser', () => {
  it('edits an article, previews the answer, publishes it to web chat, and reverts it', async () => {
    const page = await openTrainer();
    await openArticle(page, 'washer-not-draining');
    const originalStep = await askInPage(page);
    expect(originalStep).toMatch(/^Step 1\/\d+: /);

    await setFirstStep(page, NEW_STEP);
    expect(await askInPage(page)).toContain(NEW_STEP);
    await page.locator('#save').click();
    await page.locator('#status', { hasText: 'Draft saved' }).waitFor();
    expect(await customerAsks(QUESTION)).not.toContain(NEW_STEP);

    await page.locator('#publish').click();
    await page.locator('#status', { hasText: 'Published' }).waitFor();
    expect(await customerAsks(QUESTION)).toContain(NEW_STEP);

    await page.locator('#history').click();
    await page.locator('.revision[data-revision="1"] button').click();
    await page.locator('#status', { hasText: 'Reverted' }).waitFor();
    expect(await page.locator('#f-body').inputValue()).not.toContain(NEW_STEP);
    await page.locator('#publish').click();
    await page.locator('#status', { hasText: 'Published' }).waitFor();
    expect(await customerAsks(QUESTION)).not.toContain(NEW_STEP);
    await page.context().close();
  });

  it('shows a schema error next to its field', async () => {
    const page = await openTrainer();
    await openArticle(page, 'washer-not-draining');
    await page.locator('#f-title-zh').fill('');
    await page.locator('#save').click();
    await page.locator('.error[data-for="title.zh"]', { hasText: /./ }).waitFor();
    expect(await page.locator('#f-title-zh').getAttribute('class')).toContain('invalid');
    await page.context().close();
  });

  it('never runs script from article Markdown, in the trainer preview or in the customer’s chat', async () => {
    const page = await openTrainer();
    await openArticle(page, 'washer-not-draining');
    await setFirstStep(page, XSS);
    await page.locator('#preview-btn').click();
    await page.locator('#preview', { hasText: '<script>' }).waitFor();
    await page.locator('#save').click();
    await page.locator('#status', { hasText: 'Draft saved' }).waitFor();
    await page.locator('#publish').click();
    await page.locator('#status', { hasText: 'Published' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#preview img, #preview script').count()).toBe(0);

    const chat = await browser.newPage();
    await chat.goto(server.baseUrl);
    await chat.locator('body[data-stream="open"]').waitFor();
    await chat.locator('#input').fill(QUESTION);
    await chat.locator('#input').press('Enter');
    await chat.locator('#log .msg.bot', { hasText: '<img src=x' }).waitFor();
    expect(await chat.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await chat.locator('#log img, #log script').count()).toBe(0);
    await chat.context().close();
    await page.context().close();
  });
});

describe('the dashboard page', () => {
  it('draws the figures as charts for a supervisor', async () => {
    await customerAsks(QUESTION);
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/dashboard`);
    await page.locator('#token').fill(STAFF.supervisor);
    await page.locator('#login').click();
    await page.locator('#who', { hasText: 'sam (supervisor)' }).waitFor();
    await page.locator('#p-conversations .figure').waitFor();
    expect(Number(await page.locator('#p-conversations .figure').textContent())).toBeGreaterThanOrEqual(1);
    for (const chart of ['Conversations per channel', 'SLA compliance', 'CSAT per day', 'Most used articles', 'Queue wait per day']) {
      expect(await page.locator(`svg[data-chart="${chart}"]`).count()).toBe(1);
    }
    expect(await page.locator('svg[data-chart="Conversations per channel"] rect').count()).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });
});
