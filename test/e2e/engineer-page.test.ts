import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { TestApp } from '../helpers/test-app.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { WebChatClient } from '../helpers/web-chat-client.js';
import { dispatchedTicket, ENGINEERS, startVisitApp } from '../integration/visit/visit-fixture.js';

const clock = new ManualClock('2026-11-20T02:00:00.000Z');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
let server: TestApp;
let browser: TestBrowser;
let customer: WebChatClient;

beforeAll(async () => {
  server = await startVisitApp(clock);
  browser = await launchBrowser();
  customer = await WebChatClient.open(server.baseUrl);
});
afterAll(async () => {
  await customer?.close();
  await browser?.close();
  await server?.close();
});

describe('the engineer page in Chromium', () => {
  it('shows the service point\'s tickets on a phone, makes the moves, quotes, and prints the 派工单 (zh)', async () => {
    const ticket = await dispatchedTicket(server, clock, customer);
    const page = await browser.newPage(PHONE);
    // The print dialog would block a headless page; the test reads the order the page laid out instead.
    await page.addInitScript(() => { window.print = () => undefined; });
    await page.goto(`${server.baseUrl}/engineer`);
    await page.fill('#token', ENGINEERS.wu);
    await page.click('#login');
    const card = page.locator(`article[data-id="${ticket.id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('洗衣机不排水');
    expect(await page.textContent('#point')).toContain('SP-Shanghai');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await card.locator('button[data-move="on-the-way"]').click();
    await customer.pushed(/工程师已经出发/);
    await page.locator(`article[data-id="${ticket.id}"] button[data-move="arrived"]`).click();
    await page.locator(`article[data-id="${ticket.id}"] dd`, { hasText: '处理中' }).waitFor();

    await page.locator(`article[data-id="${ticket.id}"] .reason`).fill('已过保修期');
    await page.locator(`article[data-id="${ticket.id}"] .send-quote`).click();
    await page.locator('#status', { hasText: '✗' }).waitFor();
    await page.locator(`article[data-id="${ticket.id}"] .amount`).fill('120');
    await page.locator(`article[data-id="${ticket.id}"] .reason`).fill('更换排水泵，已过保修期');
    await page.locator(`article[data-id="${ticket.id}"] .send-quote`).click();
    await page.locator(`article[data-id="${ticket.id}"] dd`, { hasText: '¥120.00' }).waitFor();
    expect((await server.app.stores.tickets.get(ticket.id))?.quote).toMatchObject({ amount: 120, by: 'engineer:wu' });

    await page.locator(`article[data-id="${ticket.id}"] button.print`).click();
    await page.emulateMedia({ media: 'print' });
    const order = page.locator('#order');
    expect(await order.isVisible()).toBe(true);
    expect(await order.textContent()).toMatch(new RegExp(`派工单[\\s\\S]*${ticket.id}[\\s\\S]*13800138000[\\s\\S]*客户签字`));
    expect(await page.locator('main').isVisible()).toBe(false);
  });

  it('speaks English with ?lang=en and shows another point\'s engineer nothing', async () => {
    const page = await browser.newPage({ ...PHONE, locale: 'en-GB' });
    await page.goto(`${server.baseUrl}/engineer?lang=en`);
    await page.fill('#token', ENGINEERS.ma);
    await page.click('#login');
    await page.locator('main p', { hasText: 'No tickets' }).waitFor();
    expect(await page.textContent('#login')).toBe('Log in');
    await page.click('#lang');
    expect(await page.textContent('main')).toContain('暂无工单');
  });
});
