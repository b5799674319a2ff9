import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { mergeTaggedPdfs } from './merge-tagged-pdfs.ts';
import { savePdf } from './pdf-metadata.ts';
import type { MergeJob } from './print-jobs.ts';

/**
 * The agenda pack: the PDFs it is made of, read back as this build wrote
 * them (already repaired for PDF/UA), appended in order. Only the document's
 * own facts are new; nothing is printed again.
 */
export async function mergedPdf(siteDir: string, job: MergeJob): Promise<{ bytes: Uint8Array; pages: number }> {
  const parts = await Promise.all(
    job.documents.map(async ({ href, bookmark, pageLabelPrefix }) => ({
      document: await PDFDocument.load(readFileSync(join(siteDir, href)), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }),
      bookmark,
      pageLabelPrefix,
    })),
  );
  return savePdf(mergeTaggedPdfs(parts), job.metadata);
}
