import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { paintOnlyLinkTargets, printedLinks, setPageReferences } from '../print/page-references.ts';
import { nameRunningHeadPages } from '../print/running-heads.ts';
import { namedDestinationPages } from './pdf-ua/link-descriptions.ts';
import type { PrintedLink } from './pdf-ua/link-descriptions.ts';
import { blockOffsiteRequests, OffsiteRequestError } from './offsite-requests.ts';

export class PdfRenderError extends Error {}

export interface RenderedPdf {
  /** The tagged PDF as Chromium printed it, loaded for the repairs that follow. */
  document: PDFDocument;
  pages: number;
  /** The text of every heading, to repair the bookmark titles Chromium derives from them. */
  headings: string[];
  /** Every link's address and text, to describe the PDF's link annotations. */
  links: PrintedLink[];
}

/** The print page's browser context, made in one place: the page is our own and nothing else is loaded. */
async function newPrintContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: true });
}

const printOptions = { preferCSSPageSize: true, printBackground: true } as const;
// pdf-lib by default pauses every 100 objects to let other work run; nothing else runs here, and a tagged report has thousands.
const loadOptions = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

/**
 * Prints a print page to a tagged PDF with Chromium's own paged media (@page
 * margin boxes, named pages, repeated table headers). Chromium has no
 * target-counter(), so a page that gives page numbers (the contents,
 * cross-references) is printed twice while loaded: first untagged, to learn
 * from the PDF's named destinations which page each link target landed on,
 * then tagged with those numbers filled in. A script error, a
 * missing font or an empty page fails with the page's address: never a blank
 * or truncated PDF.
 */
export async function renderPdf(browser: Browser, url: string): Promise<RenderedPdf> {
  const context = await newPrintContext(browser);
  const offsite = await blockOffsiteRequests(context, new URL(url).origin);
  const page = await context.newPage();
  const problems = watchForProblems(page);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new PdfRenderError(`${url} answered ${response?.status()}`);
    if (offsite.length > 0) throw new OffsiteRequestError(url, offsite);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        failedFonts: [...document.fonts].filter((font) => font.status === 'error').map((font) => `${font.family} ${font.weight}`),
        text: (document.body.innerText ?? '').trim().length,
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
      };
    });
    if (loaded.failedFonts.length > 0) problems.push(`fonts failed to load: ${loaded.failedFonts.join(', ')}`);
    if (loaded.text < 500) problems.push(`the page has only ${loaded.text} characters of text`);
    if (problems.length > 0) throw new PdfRenderError(`The PDF of ${url} could not be made:\n  - ${problems.join('\n  - ')}`);

    await page.evaluate(nameRunningHeadPages);
    const links = await page.evaluate(printedLinks);
    const tagged = async () => {
      const document = await PDFDocument.load(await page.pdf({ ...printOptions, tagged: true, outline: true }), loadOptions);
      return { document, pages: document.getPageCount(), headings: loaded.headings, links };
    };
    // A page that gives no page numbers (the child version, a cover report) is printed once.
    if ((await page.evaluate(setPageReferences, '00')).written === 0) return await tagged();
    await page.evaluate(paintOnlyLinkTargets, true);
    let targets = await targetPages(await page.pdf({ ...printOptions, tagged: false, outline: false }));
    await page.evaluate(paintOnlyLinkTargets, false);
    // Filling in the numbers could, rarely, move a line onto another page; then the numbers are filled in again.
    for (let attempt = 1; ; attempt++) {
      const { missing } = await page.evaluate(setPageReferences, Object.fromEntries(targets));
      if (missing.length > 0) throw new PdfRenderError(`The PDF of ${url} could not be made: these links lead nowhere in the printed page: ${missing.join(', ')}`);
      const printed = await tagged();
      const landed = namedDestinationPages(printed.document);
      if (sameTargets(targets, landed)) return printed;
      if (attempt === 3) throw new PdfRenderError(`The PDF of ${url} could not be made: its page references did not settle after ${attempt + 1} prints.`);
      targets = landed;
    }
  } finally {
    await context.close();
  }
}

async function targetPages(bytes: Uint8Array): Promise<Map<string, number>> {
  return namedDestinationPages(await PDFDocument.load(bytes, loadOptions));
}

const sameTargets = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([name, page]) => b.get(name) === page);

/** Script errors and failed requests, each with its address: any one stops the PDF. */
function watchForProblems(page: Page): string[] {
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
  return problems;
}
