import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Site } from '../model/report-year.ts';
import { launchBrowser } from './find-browser.ts';
import { mergedPdf } from './merged-pdf.ts';
import { mergedPdfCacheKey, pdfCacheKey, PdfCache, rendererFingerprint } from './pdf-cache.ts';
import { finishPdf } from './pdf-metadata.ts';
import { isMergeJob, type PrintJob, type PrintPageJob } from './print-jobs.ts';
import { renderPdf } from './render-pdf.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface PdfFile {
  job: PrintJob;
  bytes: number;
  pages: number;
  /** True when an earlier build's PDF, made from identical inputs, was copied. */
  reused: boolean;
  /** Seconds spent printing (0 when reused), and setting the metadata and repairing the file for PDF/UA (or, for a merged PDF, merging it). */
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
 * started when something must be rendered. Merged PDFs (the agenda packs)
 * are made last, from the PDFs just written, and cached by their bytes.
 */
export async function renderPdfs(siteDir: string, site: Site, jobs: readonly PrintJob[], cache?: PdfCache): Promise<PdfFile[]> {
  const renderer = cache ? rendererFingerprint() : '';
  const keys: string[] = [];
  let tools: { server: StaticServer; browser: Browser } | undefined;
  const made = new Map<PrintJob, PdfFile>();
  const reuse = (job: PrintJob, key: string): boolean => {
    keys.push(key);
    const cached = cache?.get(key);
    if (cached) {
      writeFileSync(join(siteDir, job.href), cached.bytes);
      made.set(job, { job, bytes: cached.bytes.length, pages: cached.pages, reused: true, renderSeconds: 0, metadataSeconds: 0 });
    }
    return cached !== undefined;
  };
  const keep = (job: PrintJob, key: string, pdf: { bytes: Uint8Array; pages: number }, renderSeconds: number, metadataSeconds: number) => {
    writeFileSync(join(siteDir, job.href), pdf.bytes);
    cache?.put(key, pdf);
    made.set(job, { job, bytes: pdf.bytes.length, pages: pdf.pages, reused: false, renderSeconds, metadataSeconds });
  };
  try {
    for (const job of jobs.filter((candidate): candidate is PrintPageJob => !isMergeJob(candidate))) {
      const key = cache ? pdfCacheKey(siteDir, job, renderer) : '';
      if (reuse(job, key)) continue;
      tools ??= await startTools(siteDir);
      let start = performance.now();
      const rendered = await renderPdf(tools.browser, tools.server.origin + job.source);
      const renderSeconds = since(start);
      start = performance.now();
      const finished = await finishPdf(rendered.document, job.metadata, rendered).catch((error: Error) => {
        throw new Error(`The PDF of ${job.source} could not be finished: ${error.message}`);
      });
      keep(job, key, finished, renderSeconds, since(start));
    }
  } finally {
    await tools?.browser.close();
    await tools?.server.close();
  }
  for (const job of jobs.filter(isMergeJob)) {
    const key = cache ? mergedPdfCacheKey(siteDir, job) : '';
    if (reuse(job, key)) continue;
    const start = performance.now();
    const merged = await mergedPdf(siteDir, job).catch((error: Error) => {
      throw new Error(`The PDF ${job.href} could not be made from ${job.documents.map(({ href }) => href).join(' and ')}: ${error.message}`);
    });
    keep(job, key, merged, 0, since(start));
  }
  const files = jobs.map((job) => made.get(job)!);
  cache?.keepOnly(new Set(keys));
  for (const year of site.years) {
    rmSync(join(siteDir, year.id, 'print'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'committee'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'children', 'print'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'children', 'poster'), { recursive: true, force: true });
  }
  return files;
}
