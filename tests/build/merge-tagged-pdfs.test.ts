import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { mergeTaggedPdfs } from '../../src/build/merge-tagged-pdfs.ts';
import { pdfJsFromBytes, tagTree } from '../helpers/built-pdfs.ts';
import { loadRawPrint } from '../helpers/raw-print.ts';

/** The fixture print page merged with a second copy of itself, as the agenda pack merges the cover report and the annual report. */
async function mergedTwice() {
  const [first, second] = await Promise.all([loadRawPrint(), loadRawPrint()]);
  const pages = first.getPageCount();
  const merged = mergeTaggedPdfs([
    { document: first, bookmark: 'Cover report: the first copy', pageLabelPrefix: '' },
    { document: second, bookmark: 'Appendix A: the second copy', pageLabelPrefix: 'A-' },
  ]);
  return { merged, pages, bytes: await merged.save() };
}

type Node = { role?: string; type?: string; children?: Node[] };
const kids = (node: Node): Node[] => (node.children ?? []).flatMap((child) => (child.role === 'Part' ? kids(child) : [child]));
const shape = (node: Node): string => (node.role ? `${node.role}(${kids(node).map(shape).join(' ')})` : node.type ?? '');

describe('merging tagged PDFs', () => {
  it('appends every page and labels each document’s pages with its own numbers', async () => {
    const { bytes, pages } = await mergedTwice();
    const pdf = await pdfJsFromBytes(bytes);
    assert.equal(pdf.numPages, pages * 2);
    assert.deepEqual(await pdf.getPageLabels(), [...Array.from({ length: pages }, (_, index) => `${index + 1}`), ...Array.from({ length: pages }, (_, index) => `A-${index + 1}`)]);
  });

  it('gives the second document’s pages the structure they had, through the merged parent tree', async () => {
    const { bytes, pages } = await mergedTwice();
    const pdf = await pdfJsFromBytes(bytes);
    for (let page = 1; page <= pages; page++) {
      const first = shape((await (await pdf.getPage(page)).getStructTree()) as Node);
      assert.match(first, /H1|P\(/);
      assert.equal(shape((await (await pdf.getPage(pages + page)).getStructTree()) as Node), first, `page ${page} of each copy`);
    }
  });

  it('puts each document under its own Part of one Document, titled with its bookmark', async () => {
    const { merged } = await mergedTwice();
    const [root, ...others] = tagTree(merged);
    assert.equal(others.length, 0);
    assert.equal(root.type, 'Document');
    assert.deepEqual(root.children.map((child) => child.type), ['Part', 'Part']);
    assert.deepEqual(
      root.children.map((child) => child.dict.lookup(PDFName.of('T'), PDFHexString).decodeText()),
      ['Cover report: the first copy', 'Appendix A: the second copy'],
    );
  });

  it('leads the second document’s links to its own pages, not to the first document’s', async () => {
    const { merged, pages } = await mergedTwice();
    const dests = merged.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const pageOf = new Map(merged.getPages().map((page, index) => [page.ref.toString(), index + 1]));
    const landed: number[][] = [[], []];
    merged.getPages().forEach((page, index) => {
      const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let at = 0; annotations && at < annotations.size(); at++) {
        const dest = (annotations.lookup(at, PDFDict) as PDFDict).get(PDFName.of('Dest'));
        if (!(dest instanceof PDFName)) continue;
        const target = (dests.lookup(dest) as PDFArray).get(0) as PDFRef;
        landed[index < pages ? 0 : 1].push(pageOf.get(target.toString())!);
      }
    });
    assert.ok(landed[0].length > 0, 'the fixture has links within the page');
    assert.equal(landed[1].length, landed[0].length);
    assert.ok(landed[0].every((page) => page <= pages));
    assert.deepEqual(landed[1], landed[0].map((page) => page + pages));
  });

  it('keeps one parent tree, each page’s key its own, and the next key past them all', async () => {
    const { merged } = await mergedTwice();
    const root = merged.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const keys = merged.getPages().map((page) => page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber());
    assert.equal(new Set(keys).size, keys.length);
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const treeKeys = nums.asArray().filter((_, index) => index % 2 === 0).map((key) => (key as PDFNumber).asNumber());
    assert.deepEqual(treeKeys, [...treeKeys].sort((a, b) => a - b), 'the keys in order, as a number tree needs');
    for (const key of keys) assert.ok(treeKeys.includes(key), `key ${key}`);
    assert.ok(root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber() > Math.max(...treeKeys));
  });

  it('refuses a PDF that has no tag tree, saying so', async () => {
    const untagged = await PDFDocument.create();
    untagged.addPage();
    await assert.rejects(
      async () => mergeTaggedPdfs([{ document: await loadRawPrint(), bookmark: 'a', pageLabelPrefix: '' }, { document: untagged, bookmark: 'b', pageLabelPrefix: 'A-' }]),
      /no tag tree/,
    );
  });
});
