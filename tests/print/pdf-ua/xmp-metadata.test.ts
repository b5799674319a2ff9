import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFBool, PDFDict, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import { builtPdfs, loadWithPdfLib } from '../../helpers/built-pdfs.ts';
import { pdfInfo } from '../../helpers/pdf.ts';

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: document metadata (PDF/UA-1 7.1-8, 7.1-9, 7.1-10)`, () => {
    it('carries XMP metadata naming PDF/UA part 1, its title and its language', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const stream = document.catalog.lookup(PDFName.of('Metadata'));
      assert.ok(stream instanceof PDFRawStream, 'a metadata stream in the catalogue');
      assert.equal(stream.dict.lookup(PDFName.of('Subtype'), PDFName).decodeText(), 'XML');
      const xmp = Buffer.from(stream.getContents()).toString('utf8');
      assert.match(xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
      assert.match(xmp, /xmlns:pdfuaid="http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/"/);
      const title = /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]+)<\/rdf:li>/.exec(xmp)?.[1];
      assert.equal(title?.replace(/&amp;/g, '&'), pdfInfo(pdf.path).Title);
      assert.match(xmp, /<dc:language><rdf:Bag><rdf:li>en-GB<\/rdf:li>/);
    });

    it('shows its title, not its file name, in the window, and states its language', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const preferences = document.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
      assert.equal(preferences.lookup(PDFName.of('DisplayDocTitle')), PDFBool.True);
      const language = document.catalog.lookup(PDFName.of('Lang'));
      assert.ok(language instanceof PDFString || language instanceof PDFHexString);
      assert.equal(language.decodeText(), 'en-GB');
      assert.equal(document.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).lookup(PDFName.of('Marked')), PDFBool.True);
    });
  });
}
