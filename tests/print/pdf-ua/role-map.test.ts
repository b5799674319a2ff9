import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { PDFDict, PDFName } from 'pdf-lib';
import { allNodes, builtPdfs, loadWithPdfLib, tagTree } from '../../helpers/built-pdfs.ts';

// ISO 32000-1, 14.8.4: the structure types PDF 1.7 defines. Written out here, not imported, so the test stands apart from the repair.
const pdf17 = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: structure types (PDF/UA-1 7.1-5)`, () => {
    it('uses only PDF 1.7 structure types, or others the role map turns into one', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const roleMap = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookupMaybe(PDFName.of('RoleMap'), PDFDict);
      const unmapped = [...new Set(allNodes(tagTree(document)).map((node) => node.type))].filter((type) => {
        if (pdf17.has(type)) return false;
        const mapped = roleMap?.lookupMaybe(PDFName.of(type), PDFName)?.decodeText();
        return !mapped || !pdf17.has(mapped);
      });
      assert.deepEqual(unmapped, []);
      for (const type of pdf17) assert.ok(!roleMap?.has(PDFName.of(type)), `the standard type ${type} is not remapped`);
    });

    it('gives poppler a tag tree it reads whole, text included', () => {
      const result = spawnSync('pdfinfo', ['-struct-text', pdf.path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(result.status, 0);
      assert.doesNotMatch(result.stderr, /wrong type/);
      const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const tagged = result.stdout.replace(/^\s*[A-Za-z0-9]+( \(\w+\))?(:|\s*$)/gm, '').replace(/\/\w+ [^\n]*/g, '').replace(/\s+/g, '');
      assert.ok(tagged.length > text.length * 0.8, `${tagged.length} characters in the tag tree against ${text.length} on the pages`);
    });
  });
}
