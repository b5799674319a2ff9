import { PDFDocument } from 'pdf-lib';
import { launchBrowser } from '../../src/build/find-browser.ts';
import { serveStatic } from '../../src/build/static-server.ts';
import { fixtures } from './paths.ts';

let printed: Promise<Uint8Array> | undefined;

/**
 * The fixture print page (tests/fixtures/print-page/) printed by Chromium,
 * tagged, with nothing repaired: the real PDF each repair module starts from.
 * Printed once per test file.
 */
export function rawPrint(): Promise<Uint8Array> {
  printed ??= (async () => {
    const server = await serveStatic(`${fixtures}print-page`);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } finally {
      await browser.close();
      await server.close();
    }
  })();
  return printed;
}

/** A fresh copy of the raw print, to repair. */
export async function loadRawPrint(): Promise<PDFDocument> {
  return PDFDocument.load(await rawPrint(), { updateMetadata: false });
}
