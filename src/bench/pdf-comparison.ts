/**
 * The cost of making each PDF as the build does (Chromium prints the page
 * twice, to learn the contents' page numbers, then the file is repaired for
 * PDF/UA) beside Chromium printing the same page once, tagged, on its own.
 * Run alone with `npx node src/bench/pdf-comparison.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../build/find-browser.ts';
import { finishPdf } from '../build/pdf-metadata.ts';
import { isMergeJob, printJobs, type PrintJob } from '../build/print-jobs.ts';
import { appRoot } from '../build/project-root.ts';
import { renderPdf } from '../build/render-pdf.ts';
import { serveStatic } from '../build/static-server.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { ContentError } from '../model/load/content-problem.ts';

export interface PdfComparison {
  href: string;
  pages: number;
  /** Both prints, and then the PDF/UA repairs and metadata; bytes of the finished file. */
  asBuilt: { printSeconds: number; repairSeconds: number; seconds: number; bytes: number };
  /** One tagged print of the same page, from opening it to the PDF. */
  plainPrint: { seconds: number; bytes: number };
  /** As-built time over the plain print's. */
  ratio: number;
  /** The two prints alone over the plain print's. */
  printRatio: number;
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;
const round = (value: number) => Number(value.toFixed(2));

/** Builds the website of `root` (print pages included, which the full build removes) and makes each job's PDF both ways. */
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
    // A merged PDF (the agenda pack) is not printed: it is the PDFs it is made of.
    for (const job of jobs) {
      if (isMergeJob(job)) continue;
      const url = server.origin + job.source;
      let start = performance.now();
      const rendered = await renderPdf(browser, url);
      const printSeconds = secondsSince(start);
      start = performance.now();
      const finished = await finishPdf(rendered.document, job.metadata, rendered);
      const repairSeconds = secondsSince(start);

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
        pages: finished.pages,
        asBuilt: { printSeconds: round(printSeconds), repairSeconds: round(repairSeconds), seconds: round(printSeconds + repairSeconds), bytes: finished.bytes.length },
        plainPrint: { seconds: round(plainSeconds), bytes: plain.length },
        ratio: round((printSeconds + repairSeconds) / plainSeconds),
        printRatio: round(printSeconds / plainSeconds),
      });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { site, problems } = await inspectSite(appRoot);
  if (!site) throw new ContentError(problems);
  const results = await comparePdfRendering(appRoot, printJobs(site));
  console.table(
    results.map((pdf) => ({
      pdf: pdf.href,
      pages: pdf.pages,
      'prints s': pdf.asBuilt.printSeconds,
      'repair s': pdf.asBuilt.repairSeconds,
      'as built s': pdf.asBuilt.seconds,
      'plain print s': pdf.plainPrint.seconds,
      ratio: pdf.ratio,
      'prints only': pdf.printRatio,
    })),
  );
}
