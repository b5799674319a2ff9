/**
 * `npm run screenshot -- /2024-25/ 320 [out.png] [selector]`: serves dist/ on
 * 127.0.0.1 and saves a screenshot at the given width, of the whole page or
 * of the element a CSS selector names, to look at it as a reader would (for
 * example on a small phone).
 */
import { join } from 'node:path';
import { readCommandLine } from './command-line.ts';
import { launchBrowser } from './find-browser.ts';
import { projectRoot } from './project-root.ts';
import { serveStatic } from './static-server.ts';

const { positionals } = readCommandLine({
  usage: 'npm run screenshot -- [page] [width] [out.png] [selector]',
  summary:
    'Serves the built dist/ on 127.0.0.1 and saves a screenshot of a page (default /) at a width in pixels (default 390, a phone), ' +
    'of the whole page or of the element a CSS selector names.',
  positionals: true,
});
const [path = '/', width = '390', out = `screenshot-${width}.png`, selector] = positionals;
const server = await serveStatic(join(projectRoot, 'dist'));
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  const response = await page.goto(server.origin + path);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}; has the site been built (npm run build)?`);
  await page.evaluate(() => document.fonts.ready);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
