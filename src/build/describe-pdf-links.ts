import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfFile } from './render-pdfs.ts';

/** "1.1 MB" or "640 KB", as GOV.UK describes attachments. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "PDF, 1.1 MB, 32 pages" */
export function describePdf(file: Pick<PdfFile, 'bytes' | 'pages'>): string {
  return `PDF, ${formatFileSize(file.bytes)}, ${file.pages} page${file.pages === 1 ? '' : 's'}`;
}

/**
 * The web page is built before its PDF exists, so the link says only "PDF"
 * until the PDF is made; this fills in its real size and page count.
 */
export function describePdfLinks(siteDir: string, files: readonly PdfFile[]): void {
  for (const file of files) {
    const page = join(siteDir, file.job.yearId, ...(file.job.kind === 'child version' || file.job.kind === 'child poster' ? ['children'] : []), 'index.html');
    const html = readFileSync(page, 'utf8');
    const marker = new RegExp(`(<span class="download__facts" data-pdf-facts="${file.job.href}">)[^<]*(</span>)`);
    if (!marker.test(html)) throw new Error(`${page} has no link to ${file.job.href} to describe.`);
    writeFileSync(page, html.replace(marker, `$1(${describePdf(file)})$2`));
  }
}
