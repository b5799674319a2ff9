import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../model/report-year.ts';
import { launchBrowser } from './find-browser.ts';
import { setPdfMetadata } from './pdf-metadata.ts';
import type { PrintJob } from './print-jobs.ts';
import { renderPdf } from './render-pdf.ts';
import { serveStatic } from './static-server.ts';

export interface PdfFile {
  job: PrintJob;
  bytes: number;
  pages: number;
}

/**
 * Renders every print job with one browser, then removes the print pages:
 * they are the PDFs' source, not part of the public site.
 */
export async function renderPdfs(siteDir: string, site: Site, jobs: readonly PrintJob[]): Promise<PdfFile[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  const files: PdfFile[] = [];
  try {
    for (const job of jobs) {
      const rendered = await renderPdf(browser, server.origin + job.source);
      const { bytes, pages } = await setPdfMetadata(rendered.bytes, job.metadata, rendered.headings);
      if (pages !== rendered.pages) throw new Error(`${job.href} has ${pages} pages but Paged.js laid out ${rendered.pages}.`);
      writeFileSync(join(siteDir, job.href), bytes);
      files.push({ job, bytes: bytes.length, pages });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const year of site.years) {
    rmSync(join(siteDir, year.id, 'print'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'committee'), { recursive: true, force: true });
    rmSync(join(siteDir, year.id, 'children', 'print'), { recursive: true, force: true });
  }
  return files;
}
