import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtPdfs, loadWithPdfJs, loadWithPdfLib, ownPageNumbers } from '../../helpers/built-pdfs.ts';
import { textByMarking, unmarkedPainting } from '../../helpers/pdf-content.ts';

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: content and artifacts (PDF/UA-1 7.1-3)`, () => {
    it('paints nothing outside marked content that is either tagged (an MCID) or an artifact', async () => {
      const counts = await unmarkedPainting(await loadWithPdfJs(pdf.path));
      assert.deepEqual(counts.flatMap((count, index) => (count > 0 ? [`page ${index + 1}: ${count}`] : [])), []);
    });

    it('marks as artifacts only page furniture: running heads, "Page N of M" and decorative arrows', async () => {
      const pages = await textByMarking(await loadWithPdfJs(pdf.path));
      let pageNumbers = 0;
      const unexpected = pages.flatMap(({ artifact }, index) => {
        // The running heads sit in the top margin (22 mm, about 62 points); the arrows (up, down, no change) repeat the
        // word beside them; the quotation marks around a young person's words are drawn by the style sheet, and the
        // BlockQuote tag already says it is a quotation.
        const line = artifact.filter((item) => item.fromTop > 62 && !/^[▲▼▶“”]+$/.test(item.text.trim())).map((item) => item.text).join('');
        const rest = line.replace(/(Page )?\d+ of \d+/, () => (pageNumbers++, '')).trim();
        return rest === '' ? [] : [`page ${index + 1}: ${rest}`];
      });
      assert.deepEqual(unexpected, []);
      // Each document's first page (an agenda pack has two) is its cover, with no number.
      const firstPages = ownPageNumbers(await loadWithPdfLib(pdf.path)).filter((number) => number === 1).length;
      assert.ok(pageNumbers >= pages.length - firstPages, `${pageNumbers} "Page N of M" on ${pages.length} pages`);
    });
  });
}
