import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; `npm test` installs it when missing (scripts/test.sh). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long Playwright's waits may take: generous for slow CI machines, never a measured limit. */
export const UI_TIMEOUT_MS = 20_000;

export interface TestBrowser {
  browser: Browser;
  /** A fresh isolated context (own localStorage, locale, viewport) with one page open. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * One headless Chromium per test file: starting it costs a second or more, a context milliseconds.
 * `chromium.launch` gives the browser a fresh temporary user-data dir and deletes it on close, so
 * no profile state carries over between runs.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: 'zh-CN', ...options });
      context.setDefaultTimeout(UI_TIMEOUT_MS);
      return context.newPage();
    },
    async close() {
      await browser.close();
    },
  };
}
