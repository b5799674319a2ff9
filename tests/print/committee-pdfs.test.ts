import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hasAgendaPack } from '../../src/model/compute/agenda-pack.ts';
import { coverReportSections } from '../../src/model/compute/cover-report-sections.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { isCompleteCoverReport } from '../../src/model/compute/publication-gaps.ts';
import { agendaPackPdfName, annualReportPdfName, coverReportPdfName, draftCoverReportPdfName } from '../../src/model/pdf-file-name.ts';
import { existsSync } from 'node:fs';
import { appRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts, squash } from '../helpers/pdf.ts';

const site = await checkedSite(appRoot);

/** A paragraph's first few words as printed: Markdown links and emphasis removed. */
const plainWords = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
const { shortName } = site.partnership;

for (const year of site.years.filter((candidate) => candidate.meta.status === 'published')) {
  for (const { id, report } of year.coverReports ?? []) {
    // A draft (a name, the date or an approval missing) is printed only for the review report.
    const complete = isCompleteCoverReport(year.id, id, report);
    describe(`the ${year.id} cover report for ${id}${complete ? '' : ', a draft'}`, () => {
      const publicPath = join(dist, year.id, coverReportPdfName(shortName, year.id, id));
      const draftPath = join(appRoot, 'review', draftCoverReportPdfName(shortName, year.id, id));
      const coverPath = complete ? publicPath : draftPath;
      const packPath = join(dist, year.id, agendaPackPdfName(shortName, year.id, id));
      const cover = pageTexts(coverPath).map(fold).join(' ');

      if (!complete) {
        it('is left out of the public build, with its agenda pack', () => {
          assert.equal(existsSync(publicPath), false);
          assert.equal(existsSync(packPath), false);
        });

        it('is in the review report, marked DRAFT on every page', () => {
          const pages = pageTexts(draftPath);
          assert.ok(pages.length >= 2);
          pages.forEach((text, index) => assert.match(text, /\bDRAFT\b/, `page ${index + 1}`));
        });
      }

      it('numbers its sections and paragraphs in the council’s style, in order', () => {
        let from = 0;
        for (const section of coverReportSections(report)) {
          const heading = squash(`${section.number}. ${section.heading}`).toUpperCase();
          const at = squash(cover).toUpperCase().indexOf(heading, from);
          assert.ok(at >= 0, `"${heading}" not found in order`);
          from = at;
          // Each paragraph's number, then its own first words, in order: a number out of place or on the wrong paragraph shows.
          for (const paragraph of section.paragraphs) {
            const opening = squash(`${paragraph.number} ${plainWords(paragraph.heading ?? paragraph.markdown)}`).toUpperCase();
            const next = squash(cover).toUpperCase().indexOf(opening, from);
            assert.ok(next >= 0, `paragraph ${paragraph.number} does not begin "${opening}" after the one before`);
            from = next;
          }
        }
      });

      it('names the meeting and lists each appendix, giving the annual report PDF’s file name where it is the appendix', () => {
        assert.ok(squash(cover).includes(squash(report.heading.meeting)));
        for (const appendix of report.appendices) {
          assert.ok(squash(cover).includes(squash(appendix.annualReport ? `${appendix.title} (${annualReportPdfName(shortName, year.id)})` : appendix.title)), appendix.title);
        }
      });

      if (!hasAgendaPack(report)) {
        it('has no agenda pack, since its appendix is not the year’s full annual report', () => {
          assert.equal(existsSync(packPath), false);
        });
      }
    });
  }
}
