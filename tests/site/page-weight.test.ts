import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { dist } from '../helpers/paths.ts';

/** The report page's budget from the foundation issue: HTML, CSS and fonts under 150 KB compressed. */
const budgetBytes = 150 * 1024;

const shared = useBrowserAndServer(dist, { before, after });

/** Every file the browser fetches to show a page, with its size raw and compressed. */
async function pageWeight(path: string) {
  const { page, context } = await openPage(shared.browser, shared.server.origin + path);
  try {
    await page.evaluate(() => document.fonts.ready);
    const urls = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]);
    return urls.map((url) => {
      const pathname = new URL(url).pathname;
      const body = readFileSync(join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
      return { pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
    });
  } finally {
    await context.close();
  }
}

describe('page weight', () => {
  for (const path of ['/2024-25/', '/2024-25/children/', '/']) {
    it(`${path} loads no JavaScript and stays under 150 KB of HTML, CSS and fonts, compressed`, async () => {
      const files = await pageWeight(path);
      assert.deepEqual(files.filter((file) => file.pathname.endsWith('.js')), []);
      const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
      const detail = files.map((file) => `${file.pathname}: ${file.raw} B raw, ${file.gzip} B gzip, ${file.brotli} B brotli`).join('\n');
      assert.ok(gzip < budgetBytes, `${gzip} bytes gzipped:\n${detail}`);
      assert.ok(files.some((file) => file.pathname.endsWith('.woff2')), 'the self-hosted font is loaded');
    });
  }
});
