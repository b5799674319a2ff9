import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { annualReportPdfName } from '../../src/model/pdf-file-name.ts';
import { presentSections } from '../../src/model/present-sections.ts';
import { formatDate } from '../../src/render/format.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { commitmentsTablePages } from '../helpers/commitments-table-pages.ts';
import { fold, pageTexts, pdfFonts, pdfInfo, pdfOutline, squash } from '../helpers/pdf.ts';

const site = await checkedSite(contentRoot);
const published = site.years.filter((year) => year.meta.status === 'published');

for (const year of published) {
  const sections = presentSections(year);
  const titleOf = (id: string) => {
    const section = sections.find((candidate) => candidate.id === id)!;
    return (section.narrative && year.narrative[section.narrative.file]?.title) || section.title;
  };
  const path = join(dist, year.id, annualReportPdfName(site.partnership.shortName, year.id));
  const pages = pageTexts(path).map(fold);
  const all = pages.join(' ');

  describe(`the ${year.id} annual report PDF`, () => {
    it('is A4, tagged, and says who wrote it, what it is and its language', () => {
      const info = pdfInfo(path);
      assert.match(info['Page size'], /\(A4\)/);
      assert.equal(info.Tagged, 'yes');
      assert.equal(info.Title, `${site.partnership.name}: ${year.meta.title}`);
      assert.equal(info.Author, site.partnership.name);
      assert.equal(info.Subject, fold(year.meta.summary));
      assert.equal(Number(info.Pages), pages.length);
    });

    it('stays under 3 MB, with a page count in a sensible range for its content', () => {
      assert.ok(statSync(path).size < 3 * 1024 * 1024, `${statSync(path).size} bytes`);
      assert.ok(pages.length >= sections.filter((section) => section.level === 2).length + 2, `${pages.length} pages`);
      assert.ok(pages.length <= 120, `${pages.length} pages`);
    });

    it('embeds every font it uses', () => {
      const fonts = pdfFonts(path);
      assert.ok(fonts.length > 0);
      assert.deepEqual(fonts.filter((font) => !font.embedded), []);
    });

    it('has a bookmark outline that mirrors the main headings, in order', async () => {
      const outline = await pdfOutline(path);
      const titles = outline.flatMap((item) => [item.title, ...item.children.map((child) => child.title)]).map(fold);
      const mainSections = sections.filter((section) => section.level === 2).map((section) => fold(titleOf(section.id)));
      const positions = mainSections.map((title) => titles.indexOf(title));
      assert.ok(positions.every((position) => position >= 0), `missing from the outline: ${mainSections.filter((_, index) => positions[index] < 0).join(', ')}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'outline order');
    });

    it('puts the section headings in the text in reading order', () => {
      let from = all.indexOf('Contents') + 'Contents'.length;
      // Skip the contents list itself, which names every section once.
      from = all.indexOf(fold(titleOf(sections.at(-1)!.id)), from) + 1;
      for (const section of sections) {
        const at = all.indexOf(fold(titleOf(section.id)), from);
        assert.ok(at >= 0, `"${titleOf(section.id)}" not found after position ${from}`);
        from = at;
      }
    });

    it('gives each contents entry the page where that section really starts', () => {
      const contentsPage = pages.findIndex((text) => text.includes('Contents'));
      const contents = pages.slice(contentsPage, contentsPage + 2).join(' ');
      for (const section of sections) {
        const title = fold(titleOf(section.id));
        const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents);
        assert.ok(match, `no page number for "${title}" in the contents`);
        const page = Number(match[1]);
        assert.ok(pages[page - 1]?.includes(title), `"${title}" is listed on page ${page}, which reads: ${pages[page - 1]?.slice(0, 160)}`);
      }
    });

    it('heads every page after the cover with the report title and numbers it "Page N of M"', () => {
      pages.slice(1).forEach((text, index) => {
        assert.ok(text.includes(`Page ${index + 2} of ${pages.length}`), `page ${index + 2}`);
        assert.ok(text.includes(year.meta.title), `page ${index + 2} running head`);
      });
    });

    it('heads each main section’s pages with that section’s title', () => {
      const main = sections.filter((section) => section.level === 2);
      for (const [index, section] of main.entries()) {
        const title = fold(titleOf(section.id));
        const start = pages.findIndex((text, page) => page > 1 && text.includes(`${year.meta.title} ${title}`));
        assert.ok(start > 1, `no page is headed "${title}"`);
        const next = index + 1 < main.length ? pages.findIndex((text, page) => page > start && text.includes(`${year.meta.title} ${fold(titleOf(main[index + 1].id))}`)) : -1;
        // pdftotext may read a two-column page's head after the first column, so the title is looked for anywhere on it.
        for (const text of pages.slice(start, next < 0 ? start + 1 : next)) assert.ok(text.startsWith(year.meta.title) && text.includes(title), `a page of "${title}" is headed: ${text.slice(0, 80)}`);
      }
    });

    it('carries every headline figure’s value', () => {
      for (const figure of year.headlineFigures ?? []) {
        if (figure.value !== undefined) assert.ok(all.includes(asPrinted(figure.value, figure.unit)), `${figure.id}: ${asPrinted(figure.value, figure.unit)}`);
      }
    });

    const rows = year.commitments ?? [];
    it('repeats the commitments table’s header row on every page it reaches, and never splits a row', { skip: rows.length === 0 && `${year.id} lists no commitments` }, () => {
      // A table long enough to cross pages is tested on a fixture (tests/print/long-table.test.ts), whatever the content's length.
      const { missing, split, withoutHeader } = commitmentsTablePages(pages, rows);
      assert.deepEqual({ missing, split, withoutHeader }, { missing: [], split: [], withoutHeader: [] });
    });

    it('says in print where the web version lives', () => {
      const web = new URL(`/${year.id}/`, site.partnership.siteUrl).href;
      assert.ok(squash(pages.slice(0, 3).join(' ')).includes(squash(web)), 'web address near the start');
    });

    it('says how to ask for another format, and when it was published when the content gives the date', () => {
      const formats = new URL('/accessibility/#other-formats', site.partnership.siteUrl).href;
      const opening = squash(pages.slice(0, 3).join(' '));
      assert.ok(opening.includes(squash(formats)), 'address of the other-formats part of the accessibility statement');
      if (year.meta.publicationDate) assert.ok(opening.includes(squash(`Published ${formatDate(year.meta.publicationDate)}`)));
      else assert.doesNotMatch(opening, /publicationdate|published[0-9]/i, 'a date the content does not give is left out');
    });
  });
}
