import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Chromium builds the bookmark outline from the laid-out headings and drops
 * the space where a heading wraps ("Working Together 2023implementation").
 * Each bookmark whose title matches a heading once spaces are ignored gets the
 * heading's own text back. Returns how many titles were repaired.
 */
export function repairOutlineTitles(document: PDFDocument, headings: readonly string[]): number {
  const bySquashed = new Map(headings.map((heading) => [squash(heading), heading]));
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let repaired = 0;
  const visit = (first: PDFDict | undefined) => {
    for (let node = first; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const current = title.decodeText();
        const heading = bySquashed.get(squash(current));
        if (heading && heading !== current) {
          node.set(PDFName.of('Title'), PDFHexString.fromText(heading));
          repaired++;
        }
      }
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  if (outlines) visit(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
  return repaired;
}
