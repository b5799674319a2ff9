import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFArray, PDFName } from 'pdf-lib';
import { builtPdfs, loadWithPdfLib } from '../../helpers/built-pdfs.ts';

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: tab order (PDF/UA-1 7.18.3-1)`, () => {
    it('moves focus through the links of every page in the order of the tag tree', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const pages = document.getPages().map((page, index) => ({ page, number: index + 1 })).filter(({ page }) => (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size() ?? 0) > 0);
      // The cover report alone has no links; every other PDF has, so for them the test means something.
      if (!pdf.name.includes('-cover-report-')) assert.ok(pages.length > 0, 'the PDF has links');
      assert.deepEqual(pages.filter(({ page }) => page.node.lookupMaybe(PDFName.of('Tabs'), PDFName)?.decodeText() !== 'S').map(({ number }) => number), []);
    });
  });
}
