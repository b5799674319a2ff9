import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { blockOffsiteRequests, OffsiteRequestError } from './offsite-requests.ts';
import { appRoot } from './project-root.ts';

// Paged.js's exports map hides its dist files from package paths, so they are found by folder.
const pagedPolyfill = join(appRoot, 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.js');
const tableHeaders = fileURLToPath(new URL('../print/repeat-table-headers.js', import.meta.url));

export class PdfRenderError extends Error {}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** Pages Paged.js laid out; the PDF must have the same number. */
  pages: number;
  /** The text of every heading, to repair the bookmark titles Chromium derives from them. */
  headings: string[];
}

/**
 * Lays a print page out for A4 with Paged.js and prints it to PDF with
 * Chromium. A script error, a missing font or an empty layout fails with the
 * page's address: never a blank or truncated PDF.
 */
export async function renderPdf(browser: Browser, url: string): Promise<RenderedPdf> {
  // Paged.js is added to the print page here, inline, and lays it out with inline styles: the
  // page's policy forbids both for readers, so only this renderer, on our own page, sets it aside.
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: true });
  const offsite = await blockOffsiteRequests(context, new URL(url).origin);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    // A failed resource is reported below with its address, which the console message lacks.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()} answered ${response.status()}`);
  });
  page.on('requestfailed', (request) => problems.push(`could not load ${request.url()}: ${request.failure()?.errorText}`));
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new PdfRenderError(`${url} answered ${response?.status()}`);
    if (offsite.length > 0) throw new OffsiteRequestError(url, offsite);
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'error').map((font) => `${font.family} ${font.weight}`);
    });
    if (fontsLoaded.length > 0) problems.push(`fonts failed to load: ${fontsLoaded.join(', ')}`);

    await page.evaluate(() => {
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
    });
    await page.addScriptTag({ path: pagedPolyfill });
    await page.addScriptTag({ path: tableHeaders });
    const laidOut = await page.evaluate(async () => {
      const polyfill = (window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> } }).PagedPolyfill;
      const flow = await polyfill.preview();
      const pages = [...document.querySelectorAll('.pagedjs_page')];
      return {
        headings: [...document.querySelectorAll('.pagedjs_pages :is(h1, h2, h3, h4, h5, h6)')].map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
        total: flow.total,
        // Name each blank page by its number and what comes next, so the cause can be found.
        emptyPages: pages.flatMap((element, index) => {
          if ((element.querySelector('.pagedjs_page_content')?.textContent ?? '').trim() !== '') return [];
          const next = (pages[index + 1]?.querySelector('.pagedjs_page_content')?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return [`page ${index + 1} (before “${next.slice(0, 60)}”)`];
        }),
        text: document.querySelector('.pagedjs_pages')?.textContent?.length ?? 0,
      };
    });
    // A poster is one page; fewer characters than this is a page that failed to render.
    if (laidOut.total < 1 || laidOut.text < 500) problems.push(`Paged.js laid out only ${laidOut.total} page(s) with ${laidOut.text} characters`);
    if (laidOut.emptyPages.length > 0) problems.push(`${laidOut.emptyPages.length} page(s) came out blank: ${laidOut.emptyPages.join('; ')}`);
    if (problems.length > 0) throw new PdfRenderError(`The PDF of ${url} could not be made:\n  - ${problems.join('\n  - ')}`);

    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { bytes, pages: laidOut.total, headings: laidOut.headings };
  } finally {
    await context.close();
  }
}
