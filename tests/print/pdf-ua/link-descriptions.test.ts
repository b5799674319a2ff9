import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { builtPdfs, loadWithPdfLib, ownPageNumbers } from '../../helpers/built-pdfs.ts';

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : undefined);

function parentTreeEntry(document: PDFDocument, key: number): PDFObject | undefined {
  const find = (node: PDFDict | undefined): PDFObject | undefined => {
    const nums = node?.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index < nums.size(); index += 2) if ((nums.lookup(index) as PDFNumber).asNumber() === key) return nums.get(index + 1);
    const kids = node?.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) {
      const found = find(kids.lookup(index, PDFDict) as PDFDict);
      if (found) return found;
    }
    return undefined;
  };
  return find(document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookupMaybe(PDFName.of('ParentTree'), PDFDict));
}

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: links (PDF/UA-1 7.18.1-2, 7.18.5-1, 7.18.5-2)`, () => {
    it('describes every link, saying where it goes, inside a Link element of the tag tree', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const numbers = ownPageNumbers(document);
      const pageNumber = new Map(document.getPages().map((page, index) => [page.ref.toString(), numbers[index]]));
      const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
      const problems: string[] = [];
      let links = 0;
      document.getPages().forEach((page, index) => {
        const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
        for (let at = 0; annotations && at < annotations.size(); at++) {
          const annotation = annotations.lookup(at, PDFDict) as PDFDict;
          if (annotation.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() !== 'Link') continue;
          links++;
          const where = `page ${index + 1}, link ${at + 1}`;
          const contents = text(annotation.lookup(PDFName.of('Contents')))?.trim();
          const uri = text(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI')));
          const dest = text(annotation.lookup(PDFName.of('Dest')));
          if (!contents) problems.push(`${where}: no /Contents`);
          else if (uri && !contents.includes(uri.replace(/^mailto:/, ''))) problems.push(`${where}: "${contents}" does not give ${uri}`);
          else if (dest) {
            const target = (dests?.lookup(PDFName.of(dest)) as PDFArray | undefined)?.get(0);
            const landed = target instanceof PDFRef ? pageNumber.get(target.toString()) : undefined;
            if (!contents.endsWith(`page ${landed}`)) problems.push(`${where}: "${contents}" but it goes to page ${landed}`);
          }
          const key = annotation.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber();
          const parent = key === undefined ? undefined : document.context.lookup(parentTreeEntry(document, key));
          if (!(parent instanceof PDFDict) || parent.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() !== 'Link') problems.push(`${where}: not inside a Link element`);
        }
      });
      // The cover report alone has no links; every other PDF has, so for them the test means something.
      if (!pdf.name.includes('-cover-report-')) assert.ok(links > 0, 'the PDF has links');
      assert.deepEqual(problems, []);
    });
  });
}
