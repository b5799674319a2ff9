import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../src/build/find-browser.ts';
import { blockOffsiteRequests } from '../../src/build/offsite-requests.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';

export { launchBrowser };

/**
 * A page in a fresh context that refuses every request leaving the site and
 * records it, so a test can assert that nothing was fetched from elsewhere.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; offsiteRequests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1024, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const origin = new URL(url).origin;
  const offsiteRequests = await blockOffsiteRequests(context, origin);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  return { page, context, offsiteRequests };
}

/**
 * One Chromium and one server on 127.0.0.1 for a test file, started before
 * its tests and stopped after them.
 */
export function useBrowserAndServer(dir: string, hooks: { before: (fn: () => Promise<void>) => void; after: (fn: () => Promise<void>) => void }) {
  const state = {} as { browser: Browser; server: StaticServer };
  hooks.before(async () => {
    state.browser = await launchBrowser();
    state.server = await serveStatic(dir);
  });
  hooks.after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
