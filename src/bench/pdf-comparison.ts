/**
 * The cost of Paged.js: each print page rendered to PDF as the build does it
 * (Paged.js lays out A4 pages, then Chromium prints them) beside Chromium
 * printing the same HTML on its own, without Paged.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../build/find-browser.ts';
import type { PrintJob } from '../build/print-jobs.ts';
import { appRoot } from '../build/project-root.ts';
import { renderPdf } from '../build/render-pdf.ts';
import { serveStatic } from '../build/static-server.ts';

export interface PdfComparison {
  href: string;
  pagedJs: { seconds: number; bytes: number; pages: number };
  chromiumAlone: { seconds: number; bytes: number };
  /** Paged.js time over Chromium-alone time. */
  ratio: number;
}

const secondsSince = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));

/** Builds the website of `root` (print pages included, which the full build removes) and renders each job both ways. */
export async function comparePdfRendering(root: string, jobs: readonly PrintJob[]): Promise<PdfComparison[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'report-bench-print-'));
  const built = spawnSync(process.execPath, [join(appRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: appRoot,
    env: { ...process.env, CONTENT_ROOT: root, ASTRO_OUT_DIR: scratch, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`The website of ${root} could not be built:\n${built.stderr}`);
  const server = await serveStatic(scratch);
  const browser = await launchBrowser();
  const results: PdfComparison[] = [];
  try {
    for (const job of jobs) {
      const url = server.origin + job.source;
      let start = performance.now();
      const paged = await renderPdf(browser, url);
      const pagedSeconds = secondsSince(start);

      start = performance.now();
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const plain = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      const plainSeconds = secondsSince(start);
      await context.close();

      results.push({
        href: job.href,
        pagedJs: { seconds: pagedSeconds, bytes: paged.bytes.length, pages: paged.pages },
        chromiumAlone: { seconds: plainSeconds, bytes: plain.length },
        ratio: Number((pagedSeconds / plainSeconds).toFixed(2)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}
