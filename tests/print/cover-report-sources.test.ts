import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { coverReportHeading } from '../../src/model/compute/cover-report-heading.ts';
import { isCompleteCoverReport } from '../../src/model/compute/publication-gaps.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { coverReportPdfName, draftCoverReportPdfName } from '../../src/model/pdf-file-name.ts';
import { formatDate } from '../../src/render/format.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts } from '../helpers/pdf.ts';
import { sourceCoverReports, sourceParagraphs, sourceSectionHeadings, sourceText, transcriptionSkip } from '../helpers/source-cover-report.ts';

const site = await checkedSite(appRoot);
const { shortName } = site.partnership;
/** Compared without case, quote style, line breaks or hyphens (pdftotext drops one at a line end): the PDF prints headings in capitals. */
const comparable = (text: string) => fold(text).toLowerCase().replace(/[“”]/g, '"').replace(/[-‐]\s*/g, '');

for (const { year: yearId, meeting, source } of sourceCoverReports) {
  const skip = transcriptionSkip(source);
  if (skip) {
    describe(`the ${yearId} cover report transcribed from ${source}`, { skip }, () => {});
    continue;
  }
  const year = site.years.find((candidate) => candidate.id === yearId)!;
  const report = year.coverReports!.find((entry) => entry.id === meeting)!.report;
  const complete = isCompleteCoverReport(yearId, meeting, report);
  const path = complete ? join(dist, yearId, coverReportPdfName(shortName, yearId, meeting)) : join(appRoot, 'review', draftCoverReportPdfName(shortName, yearId, meeting));

  describe(`the ${yearId} cover report transcribed from ${source}${complete ? '' : ' (a draft, in the review report)'}`, () => {
    const pdf = comparable(pageTexts(path).join(' '));
    const text = sourceText(source);

    it('prints every numbered paragraph of the source, in order, with its first words', () => {
      const paragraphs = sourceParagraphs(source);
      assert.ok(paragraphs.length >= 6, `${paragraphs.length} paragraphs read from the source`);
      let from = 0;
      for (const { number, firstWords } of paragraphs) {
        const wanted = comparable(`${number} ${firstWords}`);
        const at = pdf.indexOf(wanted, from);
        assert.ok(at >= 0, `"${number} ${firstWords}" not found after the previous paragraph`);
        from = at + wanted.length;
      }
    });

    it('numbers and heads each section as the source does, in order', () => {
      const headings = sourceSectionHeadings(text);
      assert.ok(headings.length >= 4, headings.map((heading) => heading.number).join(', '));
      let from = 0;
      for (const { number, words } of headings) {
        const wanted = comparable(`${number}. ${words}`);
        const at = pdf.indexOf(wanted, from);
        assert.ok(at >= 0, `"${wanted}" not found in order`);
        from = at;
      }
    });

    it('prints the heading block: every label and value the source gives', () => {
      const { rows } = coverReportHeading(report, formatDate);
      assert.ok(rows.length >= 5);
      for (const row of rows) {
        if (row.label) assert.ok(pdf.includes(comparable(row.label)), row.label);
        for (const line of row.lines) {
          const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
          for (const part of plain.split(/\n\n/)) assert.ok(pdf.includes(comparable(part)), part);
        }
      }
    });

    it('names only the people the source names, as it names them', () => {
      const people = [report.heading.leadOfficer, report.heading.leadMember, report.heading.personLeading, ...(report.heading.corporateDirector ?? []), report.contactOfficer];
      const names = people.flatMap((person) => (person?.name ? [person.name] : []));
      assert.ok(names.length >= 2);
      for (const name of names) {
        assert.ok(text.includes(name), `${name} is in the source`);
        assert.ok(pdf.includes(comparable(name)), `${name} is printed`);
      }
    });

    it('opens with the council’s masthead', () => {
      assert.match(pageTexts(path)[0], /LONDON BOROUGH OF CROYDON/);
    });
  });
}
