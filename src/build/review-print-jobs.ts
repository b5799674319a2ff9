import { coverReportGaps } from '../model/compute/publication-gaps.ts';
import { draftCoverReportPdfName, reviewPdfName } from '../model/pdf-file-name.ts';
import type { Site } from '../model/report-year.ts';
import type { PrintJob, PrintPageJob } from './print-jobs.ts';

/** Where the review report is built inside the site, before it is moved out to review/ at the project root. */
export const reviewFolder = 'review';

/**
 * The review report's PDFs: one for every year, drafts included, and each
 * draft cover report, marked DRAFT on every page. They are printed with the
 * public PDFs, then moved out of the site (see write-review-report.ts).
 */
export function reviewPrintJobs(site: Site): PrintPageJob[] {
  const { partnership } = site;
  const base = { author: partnership.name, language: 'en-GB' };
  return site.years.flatMap((year) => [
    {
      yearId: year.id,
      kind: 'review report' as const,
      source: `/${reviewFolder}/${year.id}/print/`,
      href: `/${reviewFolder}/${reviewPdfName(year.id)}`,
      metadata: {
        ...base,
        title: `Review report: ${year.meta.title}`,
        subject: 'What to check before the report is published: not for publication',
        keywords: [partnership.shortName, 'review report', year.id],
      },
    },
    ...(year.coverReports ?? [])
      .filter(({ id, report }) => coverReportGaps(year.id, id, report).length > 0)
      .map(({ id, report }) => ({
        yearId: year.id,
        kind: 'draft cover report' as const,
        source: `/${reviewFolder}/${year.id}/committee/${id}/`,
        href: `/${reviewFolder}/${draftCoverReportPdfName(partnership.shortName, year.id, id)}`,
        metadata: { ...base, title: `DRAFT: ${report.heading.title}`, subject: `Draft cover report to ${report.heading.meeting}`, keywords: [partnership.shortName, 'cover report', 'draft', report.heading.meeting] },
      })),
  ]);
}

/** Whether a PDF belongs to the review report rather than the public site. */
export function isReviewJob(job: PrintJob): boolean {
  return job.href.startsWith(`/${reviewFolder}/`);
}
