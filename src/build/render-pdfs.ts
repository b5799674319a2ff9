import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Site } from '../model/report-year.ts';
import { launchBrowser } from './find-browser.ts';
import { pdfCacheKey, PdfCache, rendererFingerprint } from './pdf-cache.ts';
import { finishPdf } from './pdf-metadata.ts';
import type { PrintJob } from './print-jobs.ts';
import { renderPdf } from './render-pdf.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface PdfFile {
  job: PrintJob;
  bytes: number;
  pages: number;
  /** True when an earlier build's PDF, made from identical inputs, was copied. */
  reused: boolean;
  /** Seconds spent printing (0 when reused), and setting the metadata and repairing the file for PDF/UA. */
  renderSeconds: number;
  metadataSeconds: number;
}

const since = (start: number) => (performance.now() - start) / 1000;

/** The page server and the browser; a browser that cannot start must not leave the server holding the build open. */
async function startTools(siteDir: string): Promise<{ server: StaticServer; browser: Browser }> {
  const server = await serveStatic(siteDir);
  try {
    return { server, browser: await launchBrowser() };
  } catch (cause) {
    await server.close();
    throw cause;
  }
}

/**
 * Renders every print job with one browser, then removes the print pages:
 * they are the PDFs' source, not part of the public site. A PDF whose print
 * page, styles, fonts, images and renderer are unchanged since a build that
 * used the same cache is copied from the cache instead; the browser is only
 * started when something must be rendered.
 */
export async function renderPdfs(siteDir: string, site: Site, jobs: readonly PrintJob[], cache?: PdfCache): Promise<PdfFile[]> {
  const renderer = cache ? rendererFingerprint() : '';
  const keys = jobs.map((job) => (cache ? pdfCacheKey(siteDir, job, renderer) : ''));
  let tools: { server: StaticServer; browser: Browser } | undefined;
  const files: PdfFile[] = [];
  try {
    for (const [index, job] of jobs.entries()) {
      const cached = cache?.get(keys[index]);
      if (cached) {
        writeFileSync(join(siteDir, job.href), cached.bytes);
        files.push({ job, bytes: cached.bytes.length, pages: cached.pages, reused: true, renderSeconds: 0, metadataSeconds: 0 });
        continue;
      }
      tools ??= await startTools(siteDir);
      let start = performance.now();
      const rendered = await renderPdf(tools.browser, tools.server.origin + job.source);
      const renderSeconds = since(start);
      start = performance.now();
      const { bytes, pages } = await finishPdf(rendered.document, job.metadata, rendered).catch((error: Error) => {
        throw new Error(`The PDF of ${job.source} could not be finished: ${error.message}`);
      });
      const metadataSeconds = since(start);
      writeFileSync(join(siteDir, job.href), bytes);
      cache?.put(keys[index], { bytes, pages });
      files.push({ job, bytes: bytes.length, pages, reused: false, renderSeconds, metadataSeconds });
    }
  } finally {
    await tools?.browser.close();
    await tools?.server.close();
  }
  cache?.keepOnly(new Set(keys));
  for (const year of site.years) {
    rmSync(join(siteDir, year.id, 'print'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'committee'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'children', 'print'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'children', 'poster'), { recursive: true, force: true });
  }
  return files;
}
