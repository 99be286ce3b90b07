import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { STAFF, STAFF_TOKENS_ENV } from '../helpers/staff.js';

let server: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestApp({ env: { STAFF_TOKENS: STAFF_TOKENS_ENV }, startIdleSweep: false, startSlaClock: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  // The browser first: its open event streams would otherwise hold the server's close.
  await browser?.close();
  await server?.close();
});

function customerSays(page: Page, text: string) {
  return page.locator('#log .msg.me', { hasText: text });
}

async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.locator('#input').fill(text);
  await page.locator('#input').press('Enter');
  await customerSays(page, text).last().waitFor();
}

async function openConsole(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.baseUrl}/console`);
  await page.locator('#token').fill(token);
  await page.locator('#login button[type=submit]').click();
  await page.locator('body[data-live="open"]').waitFor();
  return page;
}

describe('agent console and web chat in a real browser', () => {
  it('an agent claims a web chat conversation, replies, and hands it back to the bot', async () => {
    const chat = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await chat.goto(server.baseUrl);
    await chat.locator('body[data-stream="open"]').waitFor();
    await typeAndSend(chat, '洗衣机不排水');
    await chat.locator('#log .msg.bot', { hasText: '排水' }).first().waitFor();
    await typeAndSend(chat, '转人工');
    await chat.locator('#log .msg.bot', { hasText: /排在第 \d+ 位/ }).waitFor();
    const { conversationId } = JSON.parse((await chat.evaluate(() => localStorage.getItem('webchat.session')))!) as { conversationId: string };

    // 1. The console shows the customer in the queue, with priority and wait; the agent claims.
    const agent = await openConsole(STAFF.li);
    const entry = agent.locator(`#queue li[data-conversation-id="webchat:${conversationId}"]`);
    await entry.locator('.badge.normal').waitFor();
    await entry.locator('.wait', { hasText: /已等待 waited \d+:\d\d/ }).waitFor();
    await entry.click();
    await agent.locator('#transcript .line.customer', { hasText: '转人工' }).waitFor();
    await agent.locator('#context', { hasText: 'zh' }).waitFor();
    await agent.locator('#claim').click();
    await agent.locator('#context', { hasText: 'held by li' }).waitFor();
    await chat.locator('#log .msg.bot', { hasText: '已接入' }).waitFor();

    // 2. The customer writes: the console shows it live, and the bot says nothing.
    const botMessagesBefore = await chat.locator('#log .msg.bot').count();
    await typeAndSend(chat, '型号是 XQG100，<i>急</i>');
    await agent.locator('#transcript .line.customer', { hasText: '型号是 XQG100，<i>急</i>' }).waitFor();

    // 3. The agent's reply reaches the customer's web chat, as text.
    await agent.locator('#reply').fill('您好，我是小李 <b>马上</b>帮您看');
    await agent.locator('#reply').press('Enter');
    await chat.locator('#log .msg.agent', { hasText: '您好，我是小李 <b>马上</b>帮您看' }).waitFor();
    expect(await chat.locator('#log .msg.bot').count()).toBe(botMessagesBefore);
    expect(await agent.locator('#transcript i, #transcript b').count()).toBe(0);
    await agent.locator('#transcript .line.agent', { hasText: '我是小李' }).waitFor();

    // 4. Return to bot at Thank: the customer is asked for a rating and the bot takes it.
    await agent.locator('#resume-at').selectOption('thank');
    await agent.locator('#release').click();
    await chat.locator('#log .msg.bot', { hasText: '打个分' }).waitFor();
    await agent.locator(`#queue li[data-conversation-id="webchat:${conversationId}"]`).waitFor({ state: 'detached' });
    await typeAndSend(chat, '5');
    await chat.locator('#log .msg.bot', { hasText: '谢谢您的认可' }).waitFor();
  });

  it('keeps a trainer out of the console', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/console`);
    await page.locator('#token').fill(STAFF.trainer);
    await page.locator('#login button[type=submit]').click();
    await page.locator('#status', { hasText: 'HTTP_FORBIDDEN' }).waitFor();
    expect(await page.locator('#queue li').count()).toBe(0);
  });
});
