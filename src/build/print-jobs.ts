import { agendaPackPdfName, annualReportPdfName, childPosterPdfName, childVersionPdfName, coverReportPdfName } from '../model/pdf-file-name.ts';
import { hasAgendaPack } from '../model/compute/agenda-pack.ts';
import { isCompleteCoverReport } from '../model/compute/publication-gaps.ts';
import type { Site } from '../model/report-year.ts';
import type { PdfMetadata } from './pdf-metadata.ts';

export interface PrintJob {
  yearId: string;
  kind: 'annual report' | 'child version' | 'child poster' | 'cover report' | 'agenda pack' | 'review report' | 'draft cover report';
  /** The print page Chromium prints, for example /2024-25/print/. */
  source: string;
  /** Where the PDF is saved in the site, for example /2024-25/cscp-annual-report-2024-25.pdf. */
  href: string;
  metadata: PdfMetadata;
}

/** Every public PDF the build makes: each published year's report, and each of its complete committee cover reports, alone and as an agenda pack. */
export function printJobs(site: Site): PrintJob[] {
  const { partnership } = site;
  return site.years
    .filter((year) => year.meta.status === 'published')
    .flatMap((year) => {
      const base = { author: partnership.name, language: 'en-GB' };
      const report: PrintJob = {
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
      const committee = complete.flatMap(({ id, report: cover }): PrintJob[] => [
        {
          yearId: year.id,
          kind: 'cover report',
          source: `/${year.id}/committee/${id}/`,
          href: `/${year.id}/${coverReportPdfName(partnership.shortName, year.id, id)}`,
          metadata: { ...base, title: cover.heading.title, subject: `Cover report to ${cover.heading.meeting}`, keywords: [partnership.shortName, 'cover report', cover.heading.meeting] },
        },
        ...(hasAgendaPack(cover) ? [{
          yearId: year.id,
          kind: 'agenda pack' as const,
          source: `/${year.id}/committee/${id}/agenda-pack/`,
          href: `/${year.id}/${agendaPackPdfName(partnership.shortName, year.id, id)}`,
          metadata: {
            ...base,
            title: `${cover.heading.title}, with the annual report as Appendix A`,
            subject: `Agenda pack for ${cover.heading.meeting}`,
            keywords: [partnership.shortName, 'agenda pack', cover.heading.meeting, year.id],
          },
        }] : []),
      ]);
      const child: PrintJob[] =
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
