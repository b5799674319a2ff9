import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { coverReportDocx } from '../../src/build/cover-report-docx.ts';
import { coverReportHeading } from '../../src/model/compute/cover-report-heading.ts';
import { isCompleteCoverReport } from '../../src/model/compute/publication-gaps.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { annualReportPdfName, coverReportDocxName } from '../../src/model/pdf-file-name.ts';
import { formatDate } from '../../src/render/format.ts';
import { strFromU8, unzipSync } from 'fflate';
import { numberedAsWordShows, wordParagraphs } from '../helpers/docx.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { sourceCoverReports, sourceParagraphs, sourceSectionHeadings, sourceText, transcriptionSkip } from '../helpers/source-cover-report.ts';

const site = await checkedSite(appRoot);
const { shortName } = site.partnership;
const comparable = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[-‐]\s*/g, '').toLowerCase().trim();

for (const { year: yearId, meeting, source } of sourceCoverReports) {
  const skip = transcriptionSkip(source);
  if (skip) {
    describe(`the ${yearId} cover report as a Word document (${source})`, { skip }, () => {});
    continue;
  }
  const year = site.years.find((candidate) => candidate.id === yearId)!;
  const report = year.coverReports!.find((entry) => entry.id === meeting)!.report;
  const complete = isCompleteCoverReport(yearId, meeting, report);
  const built = join(dist, yearId, coverReportDocxName(shortName, yearId, meeting));

  describe(`the ${yearId} cover report as a Word document (${source})`, async () => {
    // A draft has no published Word document; it is made here from the same model, as the build would.
    const bytes = complete ? readFileSync(built) : await coverReportDocx(report, { appendixFile: annualReportPdfName(shortName, yearId), author: site.partnership.name });
    const paragraphs = wordParagraphs(bytes);
    const sectionList = paragraphs.find((paragraph) => paragraph.style === 'Heading1')?.numbering?.id;
    const numbered = numberedAsWordShows(paragraphs, sectionList ?? '');

    it(complete ? 'is published beside the PDF and linked from the committee papers' : 'is not published while the cover report is a draft', () => {
      assert.equal(existsSync(built), complete);
      const page = readFileSync(join(dist, yearId, 'index.html'), 'utf8');
      assert.equal(page.includes(`href="/${yearId}/${coverReportDocxName(shortName, yearId, meeting)}"`), complete);
    });

    it('has every numbered paragraph of the source, numbered by Word as the source numbers it, with its first words', () => {
      const expected = sourceParagraphs(source);
      let from = 0;
      for (const { number, firstWords } of expected) {
        const at = numbered.findIndex((entry, index) => index >= from && entry.number === number && comparable(entry.paragraph.text).startsWith(comparable(firstWords)));
        assert.ok(at >= 0, `${number} "${firstWords}" is not a numbered paragraph after the one before`);
        from = at + 1;
      }
    });

    it('heads each section with a real Word heading, numbered as the source numbers it', () => {
      const headings = numbered.filter((entry) => entry.paragraph.style === 'Heading1');
      for (const { number, words } of sourceSectionHeadings(sourceText(source))) {
        const heading = headings.find((entry) => entry.number === `${number}.`);
        assert.ok(heading, `section ${number}`);
        assert.ok(comparable(heading.paragraph.text).startsWith(comparable(words)), `${number}. ${heading.paragraph.text} against ${words}`);
      }
    });

    it('holds the heading block: every label and value the PDF has', () => {
      const text = comparable(paragraphs.map((paragraph) => paragraph.text).join(' '));
      for (const row of coverReportHeading(report, formatDate).rows) {
        if (row.label) assert.ok(text.includes(comparable(row.label)), row.label);
        for (const line of row.lines) for (const part of line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split('\n\n')) assert.ok(text.includes(comparable(part)), part);
      }
    });
  });
}

describe('the Word documents’ styles', () => {
  const first = site.years.flatMap((year) => (year.coverReports ?? []).map(({ report }) => ({ year, report })))[0];

  it('give the headings the council’s black, bold 11pt, so Word draws each heading’s number like its words', { skip: first ? false : 'the content has no cover report' }, async () => {
    const bytes = await coverReportDocx(first!.report, { appendixFile: annualReportPdfName(shortName, first!.year.id), author: site.partnership.name });
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml']);
    for (const id of ['Heading1', 'Heading2', 'Title']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
      assert.match(style, /<w:color w:val="000000"\/>/, `${id} is black`);
      assert.match(style, /<w:b\/>|<w:b w:val="true"\/>/, `${id} is bold`);
      assert.match(style, /<w:sz w:val="(22|28)"\/>/, `${id} is 11pt (14pt for the title)`);
    }
  });
});
