import { PDFArray, PDFName, type PDFDocument } from 'pdf-lib';

/** PDF/UA-1 7.18.3-1: on a page with annotations, keyboard focus follows the tag tree (/Tabs /S), so links are met in reading order. */
export function setStructureTabOrder(document: PDFDocument): number {
  let pages = 0;
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annotations || annotations.size() === 0) continue;
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    pages++;
  }
  return pages;
}
