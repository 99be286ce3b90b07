import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';

let server: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  // The browser first: its open event streams would otherwise hold the server's close.
  await browser?.close();
  await server?.close();
});

interface StoredSession { conversationId: string; userId: string; token: string }

/** The page's own record of its session, as it keeps it between reloads. */
async function storedSession(page: Page): Promise<StoredSession> {
  const raw = await page.evaluate(() => localStorage.getItem('webchat.session'));
  expect(raw).toBeTruthy();
  return JSON.parse(raw!) as StoredSession;
}

/** Opens the chat as a new customer and waits until the live stream is connected. */
async function openChat(locale: string): Promise<Page> {
  const page = await browser.newPage({ locale, viewport: { width: 390, height: 844 } });
  await page.goto(server.baseUrl);
  await page.locator('body[data-stream="open"]').waitFor();
  return page;
}

function botSays(page: Page, text: string | RegExp) {
  return page.locator('#log .msg.bot', { hasText: text });
}

async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.locator('#input').fill(text);
  await page.locator('#input').press('Enter');
  await page.locator('#log .msg.me', { hasText: text }).last().waitFor();
}

async function quickReply(page: Page, label: string): Promise<void> {
  await page.locator('#log .suggestions button', { hasText: label }).last().click();
}

describe('the web chat page in a real browser', () => {
  it('greets a Chinese customer, restates the problem and walks through the steps', async () => {
    const page = await openChat('zh-CN');
    await botSays(page, '您好！我是售后小助手').waitFor();
    expect(await page.locator('#input').getAttribute('placeholder')).toMatch(/请描述/);

    await typeAndSend(page, '我家洗衣机不排水了');
    await botSays(page, /明白了，您遇到的是“[^”]*排水[^”]*”/).waitFor();
    await botSays(page, '第 1 步').waitFor();
    expect(await page.locator('#log .suggestions button').allTextContents()).toEqual(expect.arrayContaining(['解决了', '还不行']));

    await quickReply(page, '还不行');
    await page.locator('#log .msg.me', { hasText: '还不行' }).waitFor();
    // Step 2 differs between front- and top-loaders: the kind is asked with buttons.
    await botSays(page, '还是波轮的').waitFor();
    await quickReply(page, '滚筒的（前面开门）');
    await botSays(page, '第 2 步').waitFor();
    await page.context().close();
  });

  it('speaks English to a browser set to en-US', async () => {
    const page = await openChat('en-US');
    await botSays(page, 'Hi there, I’m the after-sales assistant').waitFor();
    expect(await page.locator('#send').textContent()).toBe('Send');

    await typeAndSend(page, 'my router keeps dropping wifi');
    await botSays(page, /Got it — this sounds like “[^”]*Wi-Fi[^”]*”/).waitFor();
    await botSays(page, /Step 1 of \d+/).waitFor();

    await quickReply(page, 'Still not working');
    await botSays(page, /Step 2 of \d+/).waitFor();
    expect(await botSays(page, /[\u4e00-\u9fff]/).count()).toBe(0);
    await page.context().close();
  });

  it('shows markup a customer or an agent types as plain text', async () => {
    const page = await openChat('zh-CN');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await botSays(page, '您好').waitFor();
    const attack = '<img src=x onerror=alert(1)>';

    await typeAndSend(page, attack);
    // Let the bot's answer land first: a later message replaces the quick replies checked below.
    await page.locator('#log .typing').waitFor({ state: 'detached' });
    const { conversationId, userId } = await storedSession(page);
    await server.app.messenger.send(
      { channel: 'webchat', userId, conversationId },
      { text: `<b>bold</b>${attack}`, sender: { kind: 'agent', id: 'agent-7' }, suggestions: [attack] },
    );
    await page.locator('#log .msg.agent', { hasText: '<b>bold</b>' }).waitFor();

    expect(await page.locator('#log .msg.me').last().textContent()).toBe(attack);
    expect(await page.locator('#log .suggestions button').last().textContent()).toBe(attack);
    expect(await page.locator('#log img, #log b, #log script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('resumes the same conversation after a reload and welcomes the customer back', async () => {
    const page = await openChat('zh-CN');
    await botSays(page, '您好').waitFor();
    await typeAndSend(page, '我家洗衣机不排水了');
    await botSays(page, '第 1 步').waitFor();
    const before = await storedSession(page);

    await page.reload();
    await page.locator('body[data-stream="open"]').waitFor();
    await botSays(page, '欢迎回来').waitFor();
    expect((await storedSession(page)).conversationId).toBe(before.conversationId);
    // The earlier exchange is still on screen, and the bot still knows where the customer was.
    await page.locator('#log .msg.me', { hasText: '我家洗衣机不排水了' }).waitFor();
    await typeAndSend(page, '还不行');
    await botSays(page, '还是波轮的').waitFor();
    await page.context().close();
  });

  it('shows a proactive agent message live, labelled as from an agent', async () => {
    const page = await openChat('zh-CN');
    await botSays(page, '您好').waitFor();
    const { conversationId, userId } = await storedSession(page);
    const customer = { channel: 'webchat', userId, conversationId };

    await server.app.messenger.send(customer, { text: '您好，我是人工客服小李，接下来由我为您服务。', sender: { kind: 'agent', id: 'agent-1', name: '小李' } });
    const agentBubble = page.locator('#log .msg.agent', { hasText: '我是人工客服小李' });
    await agentBubble.waitFor();
    expect(await agentBubble.locator('.who').textContent()).toMatch(/人工客服/);

    await server.app.messenger.send(customer, { text: '您的工单已派给工程师。', sender: { kind: 'bot' } });
    await botSays(page, '您的工单已派给工程师').waitFor();
    expect(await page.locator('#log .msg.agent').count()).toBe(1);
    await page.context().close();
  });
});
