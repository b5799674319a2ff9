import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isCompleteCoverReport } from '../model/compute/publication-gaps.ts';
import { annualReportPdfName, coverReportDocxName } from '../model/pdf-file-name.ts';
import type { Site } from '../model/report-year.ts';
import { coverReportDocx } from './cover-report-docx.ts';

/** A Word document the build could not write, naming the cover report it was for. */
export class WordDocumentError extends Error {}

/**
 * Writes each complete cover report of every published year as a Word
 * document beside its PDF, so the clerk can make a last change and upload it.
 * A draft gets none, as it gets no public PDF. Returns the site paths written.
 */
export async function writeWordDocuments(siteDir: string, site: Site): Promise<string[]> {
  const { shortName, name } = site.partnership;
  const written: string[] = [];
  for (const year of site.years.filter((candidate) => candidate.meta.status === 'published')) {
    for (const { id, report } of year.coverReports ?? []) {
      if (!isCompleteCoverReport(year.id, id, report)) continue;
      const href = `/${year.id}/${coverReportDocxName(shortName, year.id, id)}`;
      try {
        const bytes = await coverReportDocx(report, { appendixFile: annualReportPdfName(shortName, year.id), author: name });
        await mkdir(join(siteDir, year.id), { recursive: true });
        await writeFile(join(siteDir, href), bytes);
      } catch (cause) {
        throw new WordDocumentError(`The Word document of the cover report data/${year.id}/committee-reports/${id}.yaml (${report.heading.meeting}) could not be written: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
      written.push(href);
    }
  }
  return written;
}
