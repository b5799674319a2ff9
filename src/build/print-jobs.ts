import { agendaPackPdfName, annualReportPdfName, childPosterPdfName, childVersionPdfName, coverReportPdfName } from '../model/pdf-file-name.ts';
import { packAppendix } from '../model/compute/agenda-pack.ts';
import { isCompleteCoverReport } from '../model/compute/publication-gaps.ts';
import type { Site } from '../model/report-year.ts';
import type { PdfMetadata } from './pdf-metadata.ts';

interface PdfJob {
  yearId: string;
  /** Where the PDF is saved in the site, for example /2024-25/cscp-annual-report-2024-25.pdf. */
  href: string;
  metadata: PdfMetadata;
}

/** A PDF printed from a print page. */
export interface PrintPageJob extends PdfJob {
  kind: 'annual report' | 'child version' | 'child poster' | 'cover report' | 'review report' | 'draft cover report';
  /** The print page Chromium prints, for example /2024-25/print/. */
  source: string;
}

/** One of the PDFs a merged PDF is made of, with the bookmark and page-label prefix it has there. */
export interface MergedDocument {
  href: string;
  bookmark: string;
  pageLabelPrefix: string;
}

/** A PDF made by appending other PDFs of the build, each as it was printed: the agenda pack. */
export interface MergeJob extends PdfJob {
  kind: 'agenda pack';
  documents: readonly MergedDocument[];
}

export type PrintJob = PrintPageJob | MergeJob;

export const isMergeJob = (job: PrintJob): job is MergeJob => 'documents' in job;

/** Every public PDF the build makes: each published year's report, and each of its complete committee cover reports, alone and as an agenda pack. */
export function printJobs(site: Site): PrintJob[] {
  const { partnership } = site;
  return site.years
    .filter((year) => year.meta.status === 'published')
    .flatMap((year) => {
      const base = { author: partnership.name, language: 'en-GB' };
      const report: PrintPageJob = {
        yearId: year.id,
        kind: 'annual report',
        source: `/${year.id}/print/`,
        href: `/${year.id}/${annualReportPdfName(partnership.shortName, year.id)}`,
        metadata: {
          ...base,
          title: `${partnership.name}: ${year.meta.title}`,
          subject: year.meta.summary,
          keywords: [partnership.shortName, 'safeguarding children', 'annual report', year.id],
        },
      };
      const complete = (year.coverReports ?? []).filter(({ id, report: cover }) => isCompleteCoverReport(year.id, id, cover));
      const committee = complete.flatMap(({ id, report: cover }): PrintJob[] => {
        const coverJob: PrintPageJob = {
          yearId: year.id,
          kind: 'cover report',
          source: `/${year.id}/committee/${id}/`,
          href: `/${year.id}/${coverReportPdfName(partnership.shortName, year.id, id)}`,
          metadata: { ...base, title: cover.heading.title, subject: `Cover report to ${cover.heading.meeting}`, keywords: [partnership.shortName, 'cover report', cover.heading.meeting] },
        };
        const appendix = packAppendix(cover);
        if (!appendix) return [coverJob];
        // The pack is the two PDFs as published, so it is made after them.
        const pack: MergeJob = {
          yearId: year.id,
          kind: 'agenda pack',
          documents: [
            { href: coverJob.href, bookmark: `Cover report: ${cover.heading.title}`, pageLabelPrefix: '' },
            { href: report.href, bookmark: appendix.bookmark, pageLabelPrefix: `${appendix.label}-` },
          ],
          href: `/${year.id}/${agendaPackPdfName(partnership.shortName, year.id, id)}`,
          metadata: {
            ...base,
            title: `${cover.heading.title}, with the annual report as Appendix ${appendix.label}`,
            subject: `Agenda pack for ${cover.heading.meeting}`,
            keywords: [partnership.shortName, 'agenda pack', cover.heading.meeting, year.id],
          },
        };
        return [coverJob, pack];
      });
      const child: PrintPageJob[] =
        year.children && year.narrative.children
          ? [
              {
                yearId: year.id,
                kind: 'child version',
                source: `/${year.id}/children/print/`,
                href: `/${year.id}/${childVersionPdfName(partnership.shortName, year.id)}`,
                metadata: {
                  ...base,
                  title: `${partnership.name}: our year ${year.id.replace('-', '/')}, for children and young people`,
                  subject: `The ${year.meta.title.toLowerCase()} for children and young people`,
                  keywords: [partnership.shortName, 'children', 'young people', 'annual report', year.id],
                },
              },
              {
                yearId: year.id,
                kind: 'child poster',
                source: `/${year.id}/children/poster/`,
                href: `/${year.id}/${childPosterPdfName(partnership.shortName, year.id)}`,
                metadata: {
                  ...base,
                  title: `${partnership.name}: our year ${year.id.replace('-', '/')}, a poster for children and young people`,
                  subject: `The ${year.meta.title.toLowerCase()} as a poster for children and young people`,
                  keywords: [partnership.shortName, 'children', 'young people', 'poster', year.id],
                },
              },
            ]
          : [];
      return [report, ...child, ...committee];
    });
}
